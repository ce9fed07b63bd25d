package io.aegis.application.risk;

import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.application.testing.InMemoryRisks;
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
}
