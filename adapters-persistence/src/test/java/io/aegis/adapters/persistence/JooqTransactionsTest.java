package io.aegis.adapters.persistence;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.adapters.persistence.asset.JooqAssetCategoryRepository;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.domain.audit.AuditKey;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ConcurrentChangeException;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.DatabaseUnavailableException;
import io.aegis.application.port.StaleVersionException;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryName;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqTransactionsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_failing_transaction_leaves_neither_the_change_nor_its_audit_row(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            JooqAssetCategoryRepository categories = new JooqAssetCategoryRepository(db.dsl());
            JooqAuditTrail audit = new JooqAuditTrail(db.dsl(), AuditKey.of(new byte[32]));

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                AssetCategory stored = categories.insert(category("Doomed"));
                audit.record(AuditEntry.success(Actor.system("test"), NOW, "asset_category.create",
                        "asset_category", stored.id().orElseThrow().value(), null, null, "x"));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");

            assertThat(db.dsl().fetchCount(ASSET_CATEGORIES)).isZero();
            assertThat(db.dsl().fetchCount(AUDIT_LOGS)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_successful_transaction_commits_both(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            JooqAssetCategoryRepository categories = new JooqAssetCategoryRepository(db.dsl());
            JooqAuditTrail audit = new JooqAuditTrail(db.dsl(), AuditKey.of(new byte[32]));

            transactions.inTransaction(() -> {
                AssetCategory stored = categories.insert(category("Kept"));
                audit.record(AuditEntry.success(Actor.system("test"), NOW, "asset_category.create",
                        "asset_category", stored.id().orElseThrow().value(), null, null, "x"));
                return stored;
            });

            assertThat(db.dsl().fetchCount(ASSET_CATEGORIES)).isOne();
            assertThat(db.dsl().fetchCount(AUDIT_LOGS)).isOne();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_duplicate_unique_value_becomes_a_conflict(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqAssetCategoryRepository categories = new JooqAssetCategoryRepository(db.dsl());
            categories.insert(category("Twins"));

            assertThatThrownBy(() -> categories.insert(category("TWINS")))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("duplicate_value"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_lost_race_runs_the_whole_work_again_and_only_the_last_run_commits(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            JooqAssetCategoryRepository categories = new JooqAssetCategoryRepository(db.dsl());
            AtomicInteger runs = new AtomicInteger();

            transactions.inTransaction(() -> {
                AssetCategory stored = categories.insert(category("Raced"));
                if (runs.incrementAndGet() < 3) {
                    throw new ConcurrentChangeException("asset category", stored.id().orElseThrow());
                }
                return stored;
            });

            assertThat(runs).hasValue(3);
            assertThat(db.dsl().fetchCount(ASSET_CATEGORIES)).isOne();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_stale_if_match_runs_once_and_a_nested_lost_race_is_run_again_by_the_outermost_call_only(
            Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            AtomicInteger stale = new AtomicInteger();
            AtomicInteger outer = new AtomicInteger();
            AtomicInteger inner = new AtomicInteger();

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                stale.incrementAndGet();
                throw new StaleVersionException("asset", 1);
            })).isInstanceOf(StaleVersionException.class);
            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                outer.incrementAndGet();
                return transactions.inTransaction(() -> {
                    inner.incrementAndGet();
                    throw new ConcurrentChangeException("asset", 1);
                });
            })).isInstanceOf(ConcurrentChangeException.class);

            assertThat(stale).hasValue(1);
            assertThat(outer).hasValue(TransactionRetry.DEFAULT.attempts());
            assertThat(inner).hasValue(TransactionRetry.DEFAULT.attempts());
        }
    }

    @Test
    void a_deadlock_on_mariadb_is_run_again_whole_and_both_transactions_commit() throws Exception {
        try (TestDatabase testDb = TestDatabase.mariaDb(); Database db = testDb.openMigrated()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            JooqAssetCategoryRepository categories = new JooqAssetCategoryRepository(db.dsl());
            int first = Math.toIntExact(categories.insert(category("First")).id().orElseThrow().value());
            int second = Math.toIntExact(categories.insert(category("Second")).id().orElseThrow().value());
            CyclicBarrier bothHoldOne = new CyclicBarrier(2);
            AtomicInteger runs = new AtomicInteger();

            // each locks one row, waits until the other holds its own, then wants the other's: a deadlock, once
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> transactions.inTransaction(
                    () -> crossUpdate(db, first, second, bothHoldOne, runs)));
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transactions.inTransaction(
                    () -> crossUpdate(db, second, first, bothHoldOne, runs)));
            one.get(30, TimeUnit.SECONDS);
            other.get(30, TimeUnit.SECONDS);

            assertThat(runs).as("the deadlock's victim ran again").hasValue(3);
            assertThat(db.dsl().fetchCount(ASSET_CATEGORIES, ASSET_CATEGORIES.DESCRIPTION.eq("touched"))).isEqualTo(2);
        }
    }

    @Test
    void a_lock_wait_timeout_on_mariadb_is_run_again_whole() throws Exception {
        try (TestDatabase testDb = TestDatabase.mariaDb(); Database db = testDb.openMigrated();
             Database other = testDb.open()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            JooqTransactions holders = new JooqTransactions(other.dsl());
            int row = Math.toIntExact(new JooqAssetCategoryRepository(db.dsl()).insert(category("Held")).id()
                    .orElseThrow().value());
            CyclicBarrier held = new CyclicBarrier(2);
            CountDownLatch timedOutOnce = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            // the other transaction holds the row until the first run has given up waiting for it
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> holders.inTransaction(() -> {
                other.dsl().update(ASSET_CATEGORIES).set(ASSET_CATEGORIES.DESCRIPTION, "holder")
                        .where(ASSET_CATEGORIES.ID.eq(row)).execute();
                await(held);
                awaitLatch(timedOutOnce);
                return null;
            }));
            await(held);

            transactions.inTransaction(() -> {
                if (runs.incrementAndGet() == 2) {
                    timedOutOnce.countDown();
                }
                db.dsl().execute("SET SESSION innodb_lock_wait_timeout = 1");
                touch(db, row);
                return null;
            });
            holder.get(30, TimeUnit.SECONDS);

            assertThat(runs).as("timed out waiting once, then run again").hasValue(2);
            assertThat(db.dsl().select(ASSET_CATEGORIES.DESCRIPTION).from(ASSET_CATEGORIES).where(ASSET_CATEGORIES.ID.eq(row))
                    .fetchOne(ASSET_CATEGORIES.DESCRIPTION))
                    .isEqualTo("touched");
        }
    }

    @Test
    void a_connection_lost_during_the_work_or_at_commit_is_unavailable_and_not_run_again() {
        try (TestDatabase testDb = TestDatabase.mariaDb(); Database db = testDb.openMigrated();
             Database other = testDb.open()) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            JooqAssetCategoryRepository categories = new JooqAssetCategoryRepository(db.dsl());
            AtomicInteger runs = new AtomicInteger();

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                runs.incrementAndGet();
                killOwnConnection(db, other);
                return categories.insert(category("Lost mid-way"));
            })).isInstanceOf(DatabaseUnavailableException.class);
            // the COMMIT is the first statement to meet the dead connection: its outcome is unknown to the client
            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                runs.incrementAndGet();
                categories.insert(category("Lost at commit"));
                return killOwnConnection(db, other);
            })).isInstanceOf(DatabaseUnavailableException.class);

            assertThat(runs).as("neither was run again").hasValue(2);
            assertThat(categories.insert(category("The pool replaced the dead connections")).id()).isPresent();
        }
    }

    @Test
    void a_batch_on_a_connection_that_failed_over_mid_way_is_unavailable_whatever_the_driver_says() {
        try (TestDatabase testDb = TestDatabase.mariaDb(); Database migrated = testDb.openMigrated();
             Database other = testDb.open();
             // a multi-host URL, as for a cluster: the driver's failover proxy closes the statements of a dead host
             Database db = Database.connect(new DatabaseSettings(
                     testDb.settings().url().replace("127.0.0.1:3306", "127.0.0.1:3306,127.0.0.1:3306"),
                     testDb.settings().user(), testDb.settings().password(), 2))) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            AtomicInteger runs = new AtomicInteger();

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                runs.incrementAndGet();
                killOwnConnection(db, other);
                return db.dsl().batch(
                        db.dsl().insertInto(ASSET_CATEGORIES, ASSET_CATEGORIES.NAME, ASSET_CATEGORIES.NAME_KEY)
                                .values("Batch one", "batch one"),
                        db.dsl().insertInto(ASSET_CATEGORIES, ASSET_CATEGORIES.NAME, ASSET_CATEGORIES.NAME_KEY)
                                .values("Batch two", "batch two")).execute();
            })).isInstanceOf(DatabaseUnavailableException.class);
            assertThat(runs).as("not run again").hasValue(1);
        }
    }

    @Test
    void no_connection_from_the_pool_in_time_is_unavailable_outside_a_transaction_too() throws Exception {
        try (TestDatabase testDb = TestDatabase.mariaDb(); Database migrated = testDb.openMigrated();
             Database db = Database.connect(new DatabaseSettings(testDb.settings().url(), testDb.settings().user(),
                     testDb.settings().password(), 1))) {
            JooqTransactions transactions = new JooqTransactions(db.dsl());
            CyclicBarrier held = new CyclicBarrier(2);
            CyclicBarrier released = new CyclicBarrier(2);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
                db.dsl().fetchCount(ASSET_CATEGORIES);
                await(held);
                await(released);
                return null;
            }));
            await(held);

            assertThatThrownBy(() -> db.dsl().fetchCount(ASSET_CATEGORIES))
                    .isInstanceOf(DatabaseUnavailableException.class);
            await(released);
            holder.get(30, TimeUnit.SECONDS);
        }
    }

    /** Has {@code other} kill the connection running the calling thread's transaction on {@code db}. */
    private static Void killOwnConnection(Database db, Database other) {
        long id = db.dsl().fetchValue(DSL.field("connection_id()", Long.class));
        other.dsl().execute("kill connection " + id);
        return null;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Void crossUpdate(Database db, int mine, int theirs, CyclicBarrier bothHoldOne,
                                    AtomicInteger runs) {
        boolean firstRun = runs.incrementAndGet() <= 2;
        touch(db, mine);
        if (firstRun) {
            try {
                bothHoldOne.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        touch(db, theirs);
        return null;
    }

    private static void touch(Database db, int id) {
        db.dsl().update(ASSET_CATEGORIES).set(ASSET_CATEGORIES.DESCRIPTION, "touched")
                .where(ASSET_CATEGORIES.ID.eq(id)).execute();
    }

    private static AssetCategory category(String name) {
        return AssetCategory.define(new AssetCategoryName(name), Optional.empty(), Optional.empty(), NOW);
    }
}
