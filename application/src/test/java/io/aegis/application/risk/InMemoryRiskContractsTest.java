package io.aegis.application.risk;

import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryRiskContractsTest {

    @Nested
    class Repository extends RiskRepositoryContract {
        @Override
        protected RiskRepository emptyRepository() {
            return new InMemoryRisks();
        }

        @Override
        protected UserId aUser() {
            return new UserId(7);
        }
    }

    @Nested
    class ReadModel extends RiskReadModelContract {
        @Override
        protected Stores emptyStores() {
            InMemoryRisks store = new InMemoryRisks();
            return new Stores(store, store, new UserId(7));
        }
    }

    @Nested
    class References extends RiskReferencesContract {
        private final InMemoryRisks store = new InMemoryRisks();
        private long lastId;

        @Override
        protected RiskReferences emptyReferences() {
            return store;
        }

        /** The fake knows active assets only: a deactivated one is an id it was never given. */
        @Override
        protected AssetId storedAsset(String name, boolean active) {
            AssetId id = new AssetId(++lastId);
            if (active) {
                store.addAsset(id);
            }
            return id;
        }

        @Override
        protected UserId storedUser(String username, boolean active) {
            UserId id = new UserId(++lastId);
            if (active) {
                store.addUser(id);
            }
            return id;
        }
    }
}
