package io.aegis.application.organisation;

import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.testing.InMemoryOrgUnits;
import org.junit.jupiter.api.Nested;

/** The fakes that use-case tests rely on must honour the same contracts as the real adapters. */
class InMemoryOrgUnitContractsTest {

    @Nested
    class Repository extends OrgUnitRepositoryContract {
        @Override
        protected OrgUnitRepository repositoryWithTheRootAlone() {
            return new InMemoryOrgUnits();
        }
    }

    @Nested
    class ReadModel extends OrgUnitReadModelContract {
        @Override
        protected Stores storesWithTheRootAlone() {
            InMemoryOrgUnits store = new InMemoryOrgUnits();
            return new Stores(store, store);
        }
    }
}
