package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.audit.AuditLogReadModelContract;
import io.aegis.application.audit.AuditTrailContract;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail and the audit log's list on the real databases: a SQLite file, and MariaDB. */
class JooqAuditTrailContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TrailOnSqlite extends TrailOnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TrailOnMariaDb extends TrailOnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends ReadModelOnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends ReadModelOnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    abstract static class TrailOnDatabase extends AuditTrailContract {

        abstract MigratedDatabaseExtension db();

        @Override
        protected Stores emptyStores() {
            DSLContext dsl = emptyTrail(db());
            return new Stores(new JooqAuditTrail(dsl, KEY), new JooqAuditLogReadModel(dsl), new JooqTransactions(dsl),
                    user(dsl, "ann"));
        }

        @Override
        protected void breakChain(String reason) {
            db().dsl().update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.BROKEN_REASON, reason).execute();
        }

        @Override
        protected void removeChainState() {
            db().dsl().deleteFrom(AUDIT_CHAIN_HEAD).execute();
        }
    }

    abstract static class ReadModelOnDatabase extends AuditLogReadModelContract {

        abstract MigratedDatabaseExtension db();

        @Override
        protected Stores emptyStores() {
            DSLContext dsl = emptyTrail(db());
            return new Stores(new JooqAuditTrail(dsl, AuditTrailContract.KEY), new JooqAuditLogReadModel(dsl),
                    user(dsl, "ann"), user(dsl, "bob"), unit(dsl), unit(dsl));
        }
    }

    /** No rows, no users, and the chain's state as migrated: nothing sealed, nothing broken. */
    private static DSLContext emptyTrail(MigratedDatabaseExtension db) {
        db.clear(AUDIT_LOGS, USERS, AUDIT_CHAIN_HEAD);
        db.dsl().insertInto(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.ID, 1).execute();
        return db.dsl();
    }

    /** A unit below the root, named afresh: the units of earlier tests stay. */
    private static OrgUnitId unit(DSLContext dsl) {
        String name = "Unit " + UUID.randomUUID();
        return new OrgUnitId(dsl.insertInto(ORG_UNITS).set(ORG_UNITS.NAME, name).set(ORG_UNITS.NAME_KEY, name)
                .set(ORG_UNITS.PARENT_ID, Math.toIntExact(OrgUnitId.ROOT.value())).returningResult(ORG_UNITS.ID)
                .fetchOne(ORG_UNITS.ID));
    }

    private static long user(DSLContext dsl, String name) {
        return dsl.insertInto(USERS).set(USERS.EMAIL, name + "@example.com").set(USERS.USERNAME, name)
                .returningResult(USERS.ID).fetchOne(USERS.ID);
    }
}
