package io.aegis.application.risk;

import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryRiskContractsTest {

    @Nested
    class Repository extends RiskRepositoryContract {
        private final InMemoryOrgUnits units = new InMemoryOrgUnits();

        @Override
        protected RiskRepository emptyRepository() {
            return new InMemoryRisks(units);
        }

        @Override
        protected UserId aUser() {
            return new UserId(7);
        }

        @Override
        protected OrgUnitId aUnit(String name) {
            return OrgUnitMother.storedUnit(units, name, OrgUnitId.ROOT);
        }
    }

    @Nested
    class ReadModel extends RiskReadModelContract {
        private final InMemoryOrgUnits units = new InMemoryOrgUnits();

        @Override
        protected Stores emptyStores() {
            InMemoryRisks store = new InMemoryRisks(units);
            return new Stores(store, store, new UserId(7));
        }

        @Override
        protected OrgUnitId storedUnit(String name) {
            return OrgUnitMother.storedUnit(units, name, OrgUnitId.ROOT);
        }
    }

    @Nested
    class References extends RiskReferencesContract {
        private final InMemoryOrgUnits units = new InMemoryOrgUnits();
        private final InMemoryRisks store = new InMemoryRisks(units);
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
        protected AssetId storedAssetOf(String name, OrgUnitId unit) {
            AssetId id = new AssetId(++lastId);
            store.addAsset(id, unit);
            return id;
        }

        @Override
        protected OrgUnitId storedUnit(String name, OrgUnitId parent, boolean active) {
            return OrgUnitMother.storedUnit(units, name, parent, active);
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
