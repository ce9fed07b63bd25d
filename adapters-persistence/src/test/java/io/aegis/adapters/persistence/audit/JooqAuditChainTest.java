package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chain contract on a SQLite file and on MariaDB. */
class JooqAuditChainTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends AuditChainContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }

        /** SQLite stores any text in a DATETIME column; the row must still be read back and named. */
        @Test
        void a_timestamp_overwritten_with_garbage_names_the_row() {
            write(3);
            seal();

            dsl().execute("UPDATE audit_logs SET created_at = 'yesterday' WHERE chain_seq = 2");

            assertBroken(verify(), rowAt(2), "content_changed");
        }

        @Test
        void a_number_overwritten_with_text_names_the_row() {
            write(3);
            seal();

            dsl().update(AUDIT_LOGS).set(DSL.field("resource_id"), "seven")
                    .where(AUDIT_LOGS.CHAIN_SEQ.eq(2L)).execute();

            assertBroken(verify(), rowAt(2), "content_changed");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends AuditChainContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }
}
