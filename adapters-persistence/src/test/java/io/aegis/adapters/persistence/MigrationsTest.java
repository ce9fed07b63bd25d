package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void code_older_than_the_schema_refuses_it_naming_both_versions(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            String carried = Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:" + db.kind().migrationFolder()).load().info().current().getVersion()
                    .getVersion();
            Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:" + db.kind().migrationFolder(),
                            "classpath:db/later-release/" + db.kind().migrationFolder().replace("db/migration/", ""))
                    .load().migrate();

            assertThatThrownBy(db::migrate).isInstanceOf(SchemaNewerThanCodeException.class)
                    .hasMessageContaining("the database schema is at version 99")
                    .hasMessageContaining("whose migrations end at version " + carried + ":");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void of_nodes_claiming_the_migration_lock_together_exactly_one_wins(Function<Path, TestDatabase> kind)
            throws Exception {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.open()) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            List<MigrationLock> nodes = List.of(new MigrationLock(db.dsl(), "node-a", clock),
                    new MigrationLock(db.dsl(), "node-b", clock), new MigrationLock(db.dsl(), "node-c", clock));
            CyclicBarrier together = new CyclicBarrier(nodes.size());
            ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
            try {
                List<CompletableFuture<Boolean>> claims = nodes.stream()
                        .map(node -> CompletableFuture.supplyAsync(() -> {
                            await(together);
                            node.create();
                            await(together);
                            return node.tryClaim();
                        }, threads))
                        .toList();

                assertThat(claims.stream().map(CompletableFuture::join)).containsOnlyOnce(true);
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_held_lock_is_refused_until_released_or_its_lease_runs_out(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.open()) {
            MigrationLock a = new MigrationLock(db.dsl(), "node-a", Clock.fixed(NOW, ZoneOffset.UTC));
            MigrationLock b = new MigrationLock(db.dsl(), "node-b", Clock.fixed(NOW, ZoneOffset.UTC));
            MigrationLock bLater = new MigrationLock(db.dsl(), "node-b",
                    Clock.fixed(NOW.plus(MigrationLock.LEASE).plus(Duration.ofMillis(1)), ZoneOffset.UTC));
            a.create();

            assertThat(a.tryClaim()).as("a takes the free lock").isTrue();
            assertThat(a.tryClaim()).as("a renews its own lease").isTrue();
            assertThat(b.tryClaim()).as("b while a holds it").isFalse();
            a.release();
            assertThat(b.tryClaim()).as("b once a released it").isTrue();
            assertThat(a.tryClaim()).as("a while b holds it").isFalse();

            MigrationLock aLater = new MigrationLock(db.dsl(), "node-a",
                    Clock.fixed(NOW.plus(MigrationLock.LEASE).plus(Duration.ofMillis(1)), ZoneOffset.UTC));
            assertThat(aLater.tryClaim()).as("a once b's lease ran out (b died)").isTrue();
            b.release();
            assertThat(bLater.tryClaim()).as("a dead holder's late release frees nothing").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_new_database_holding_only_the_lock_is_migrated_whole_and_a_second_run_does_nothing(
            Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.open()) {
            int applied = db.migrate();

            MigrationInfo[] migrations = Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:" + db.kind().migrationFolder()).load().info().all();
            assertThat(applied).isPositive().isEqualTo(Arrays.stream(migrations)
                    .filter(migration -> migration.getState() == MigrationState.SUCCESS).count());
            assertThat(db.migrate()).isZero();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
