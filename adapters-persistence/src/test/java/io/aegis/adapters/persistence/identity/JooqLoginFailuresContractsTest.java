package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_ATTEMPT_TURNS;
import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.LoginFailuresContract;
import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.port.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The failed-password-check store on the real databases: a SQLite file, and MariaDB. */
class JooqLoginFailuresContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends LoginFailuresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected LoginFailures emptyStore() {
            return store(db);
        }

        @Test
        void parallel_turns_each_see_the_failures_recorded_before_them() throws Exception {
            turnsSeeEachOther(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends LoginFailuresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected LoginFailures emptyStore() {
            return store(db);
        }

        @Test
        void parallel_turns_each_see_the_failures_recorded_before_them() throws Exception {
            turnsSeeEachOther(db);
        }
    }

    private static LoginFailures store(MigratedDatabaseExtension db) {
        db.clear(LOGIN_FAILURES, LOGIN_ATTEMPT_TURNS);
        return new JooqLoginFailures(db.dsl());
    }

    /**
     * Many transactions released together, each judging one attempt of the same username (from addresses of their
     * own) the way the throttle does: take a turn, count, record when under the limit. Only the limit may record.
     */
    private static void turnsSeeEachOther(MigratedDatabaseExtension db) throws Exception {
        LoginFailures failures = store(db);
        Transactions transactions = new JooqTransactions(db.dsl());
        Instant now = Instant.parse("2026-11-27T08:15:00.250Z");
        int attempts = 24;
        int limit = 5;
        CyclicBarrier start = new CyclicBarrier(attempts);
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Boolean>> recorded = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String address = "10.0.0." + i;
                recorded.add(threads.submit(() -> {
                    start.await();
                    return transactions.inTransaction(() -> {
                        failures.takeTurn("alice", address);
                        boolean allowed = failures.ofUsername("alice", now.minusSeconds(900), limit).size() < limit;
                        if (allowed) {
                            failures.record("alice", address, now);
                        }
                        return allowed;
                    });
                }));
            }
            int allowed = 0;
            for (Future<Boolean> one : recorded) {
                allowed += one.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(limit);
            assertThat(failures.ofUsername("alice", now.minusSeconds(900), attempts)).hasSize(limit);
        } finally {
            threads.shutdownNow();
        }
    }
}
