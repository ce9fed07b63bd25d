package io.aegis.application.risk;

import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRiskMatrices;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskMatrixId;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryRiskMatrixContractsTest {

    @Nested
    class Repository extends RiskMatrixRepositoryContract {
        private final InMemoryRiskMatrices store = InMemoryRiskMatrices.empty();

        @Override
        protected RiskMatrixRepository emptyRepository() {
            return store;
        }

        @Override
        protected void scoreARiskOn(RiskMatrixId id) {
            store.scoreARiskOn(id);
        }
    }

    @Nested
    class ReadModel extends RiskMatrixReadModelContract {
        private final InMemoryOrgUnits units = new InMemoryOrgUnits();

        @Override
        protected Stores emptyStores() {
            InMemoryRiskMatrices store = InMemoryRiskMatrices.empty();
            return new Stores(store, store);
        }

        @Override
        protected OrgUnitId storedUnit(String name, OrgUnitId parent) {
            return OrgUnitMother.storedUnit(units, name, parent);
        }
    }
}
