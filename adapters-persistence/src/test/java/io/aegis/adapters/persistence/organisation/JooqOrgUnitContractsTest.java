package io.aegis.adapters.persistence.organisation;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.organisation.OrgUnitReadModelContract;
import io.aegis.application.organisation.OrgUnitRepositoryContract;
import io.aegis.application.organisation.port.out.OrgUnitRepository;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The organisational-unit contracts on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqOrgUnitContractsTest {

    @Parameter
    MigratedDatabase db;

    @Nested
    class Repository extends OrgUnitRepositoryContract {
        @Override
        protected OrgUnitRepository repositoryWithTheRootAlone() {
            return repository(db);
        }
    }

    @Nested
    class ReadModel extends OrgUnitReadModelContract {
        @Override
        protected Stores storesWithTheRootAlone() {
            return stores(db);
        }
    }

    private static OrgUnitRepository repository(MigratedDatabase db) {
        removeAllButTheRoot(db.dsl());
        return new JooqOrgUnitRepository(db.dsl());
    }

    private static OrgUnitReadModelContract.Stores stores(MigratedDatabase db) {
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
