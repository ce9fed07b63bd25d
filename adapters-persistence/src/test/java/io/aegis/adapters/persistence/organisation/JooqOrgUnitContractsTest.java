package io.aegis.adapters.persistence.organisation;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.organisation.OrgUnitReadModelContract;
import io.aegis.application.organisation.OrgUnitRepositoryContract;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The organisational-unit contracts on the real databases: a SQLite file, and MariaDB. */
class JooqOrgUnitContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends OrgUnitRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected OrgUnitRepository repositoryWithTheRootAlone() {
            return repository(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends OrgUnitRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected OrgUnitRepository repositoryWithTheRootAlone() {
            return repository(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends OrgUnitReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores storesWithTheRootAlone() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends OrgUnitReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores storesWithTheRootAlone() {
            return stores(db);
        }
    }

    private static OrgUnitRepository repository(MigratedDatabaseExtension db) {
        removeAllButTheRoot(db.dsl());
        return new JooqOrgUnitRepository(db.dsl());
    }

    private static OrgUnitReadModelContract.Stores stores(MigratedDatabaseExtension db) {
        return new OrgUnitReadModelContract.Stores(repository(db), new JooqOrgUnitReadModel(db.dsl()));
    }

    /** Leaves first: a parent is RESTRICTed while units are under it (MySQL checks each row as it goes). */
    private static void removeAllButTheRoot(DSLContext dsl) {
        for (List<Integer> leaves = leaves(dsl); !leaves.isEmpty(); leaves = leaves(dsl)) {
            dsl.deleteFrom(ORG_UNITS).where(ORG_UNITS.ID.in(leaves)).execute();
        }
    }

    private static List<Integer> leaves(DSLContext dsl) {
        var children = ORG_UNITS.as("children");
        return dsl.select(ORG_UNITS.ID).from(ORG_UNITS)
                .where(ORG_UNITS.PARENT_ID.isNotNull())
                .andNotExists(DSL.selectOne().from(children).where(children.PARENT_ID.eq(ORG_UNITS.ID)))
                .fetch(ORG_UNITS.ID);
    }
}
