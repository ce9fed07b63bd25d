package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;
import static io.aegis.application.identity.IdentityMother.T0;
import static io.aegis.application.identity.IdentityMother.aBareUser;
import static io.aegis.application.identity.IdentityMother.aRole;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.PermissionHoldersContract;
import io.aegis.application.identity.port.out.PermissionHolders.Count;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The permission-holder contract on the real databases, and the locking its callers rely on. */
class JooqPermissionHoldersContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends PermissionHoldersContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }

        /** SQLite: the IMMEDIATE transaction's BEGIN waits for the file's write lock. */
        @Test
        void a_count_waits_for_a_transaction_that_counted_first_and_sees_its_change() throws Exception {
            countsTakeTurns(db, second -> Arrays.stream(second.getStackTrace()).anyMatch(frame ->
                    frame.getClassName().startsWith("org.sqlite.") && frame.getMethodName().equals("setAutoCommit")));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends PermissionHoldersContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }

        /** MariaDB: the count's row lock, seen by InnoDB as a session of this test's database in LOCK WAIT. */
        @Test
        void a_count_waits_for_a_transaction_that_counted_first_and_sees_its_change() throws Exception {
            countsTakeTurns(db, second -> db.dsl().fetch("""
                    SELECT 1 FROM information_schema.innodb_trx t
                    JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
                    WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()""").isNotEmpty());
        }
    }

    /** Without the seeded roles: the contract brings its own. */
    private static PermissionHoldersContract.Stores stores(MigratedDatabaseExtension db) {
        db.clear(USER_ROLES, USERS, ROLES);
        return new PermissionHoldersContract.Stores(new JooqUserRepository(db.dsl()), new JooqRoleRepository(db.dsl()),
                new JooqPermissionHolders(db.dsl()));
    }

    /**
     * Two administrators each about to deactivate the other: the first counts and deactivates in one
     * transaction; the second's count, started meanwhile, must wait and then see that nobody else is left.
     * The first commits only once {@code waiting} shows the second blocked by the database, so the test
     * cannot pass merely because the second came late.
     */
    private static void countsTakeTurns(MigratedDatabaseExtension db, Predicate<Thread> waiting) throws Exception {
        db.clear(USER_ROLES, USERS, ROLES);
        JooqUserRepository users = new JooqUserRepository(db.dsl());
        JooqRoleRepository roles = new JooqRoleRepository(db.dsl());
        JooqPermissionHolders holders = new JooqPermissionHolders(db.dsl());
        Transactions transactions = new JooqTransactions(db.dsl());
        RoleId admins = roles.insert(aRole("Admins", Permission.USER_ADMIN)).id().orElseThrow();
        User alice = users.insert(aBareUser("alice", T0));
        UserId bob = users.insert(aBareUser("bob", T0)).id().orElseThrow();
        roles.assignRoles(alice.id().orElseThrow(), Set.of(admins));
        roles.assignRoles(bob, Set.of(admins));
        CountDownLatch firstCounted = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);

        CompletableFuture<Count> first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            Count count = holders.countWithoutUser(Permission.USER_ADMIN, alice.id().orElseThrow());
            firstCounted.countDown();
            await(secondWaits);
            users.update(alice.deactivate(T0.plusSeconds(1)), alice.version());
            return count;
        }));
        assertThat(firstCounted.await(10, TimeUnit.SECONDS)).isTrue();
        FutureTask<Count> second = new FutureTask<>(
                () -> transactions.inTransaction(() -> holders.countWithoutUser(Permission.USER_ADMIN, bob)));
        Thread secondThread = new Thread(second, "second-count");
        secondThread.start();
        awaitWaiting(second, () -> waiting.test(secondThread));
        secondWaits.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new Count(2, 1));
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(new Count(1, 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls {@code waiting} for up to 30 s: how long the database takes to show the wait is not ours to choose (a
     * loaded CI machine took more than 10 s once). A second count that ended first fails at once, with its outcome.
     */
    private static void awaitWaiting(FutureTask<Count> second, BooleanSupplier waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!waiting.getAsBoolean()) {
            assertThat(second.isDone()).as(() -> "the second count ended without waiting: " + outcome(second)).isFalse();
            assertThat(System.nanoTime()).as("the second count never waited for the first").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private static String outcome(FutureTask<Count> finished) {
        try {
            return String.valueOf(finished.get());
        } catch (Exception e) {
            return e.toString();
        }
    }
}
