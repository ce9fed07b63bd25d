package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_CHAIN_HEAD;
import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.JooqTransactions;
import io.aegis.adapters.persistence.audit.FileAuditCheckpointLog;
import io.aegis.adapters.persistence.audit.JooqAuditChainReader;
import io.aegis.adapters.persistence.audit.JooqAuditSeals;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.audit.CheckpointAuditTrailService;
import io.aegis.application.audit.SealAuditTrailService;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.domain.audit.AuditKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code java -jar aegis.jar audit verify}, through {@link Main#run} as the jar runs it. */
class AuditVerifyCommandTest {

    private static final byte[] SECRET = "audit-verify-command-test-key-32".getBytes(StandardCharsets.UTF_8);
    private static final AuditKey KEY = AuditKey.of(SECRET);

    private final CommandLine cli = new CommandLine();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void exits_0_on_an_intact_trail_and_1_naming_the_first_broken_row(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            Map<String, String> env = env(testDb);
            write(db, 3);
            seal(db);
            write(db, 1);

            assertThat(cli.run(env, "audit", "verify")).as(cli.err()).isEqualTo(Main.OK);
            assertThat(cli.out()).contains("audit trail intact", "3 sealed rows checked", "chain ends at place 3",
                    "no checkpoint yet", "1 newer rows intact, waiting for the sealer");

            db.dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.RESOURCE_ID, 9).where(AUDIT_LOGS.CHAIN_SEQ.eq(2L)).execute();

            assertThat(cli.run(env, "audit", "verify")).isEqualTo(Main.FAILED);
            assertThat(cli.out()).contains("BROKEN at row", "(place 2)", "content_changed",
                    "intact sealed rows before it: 1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_truncation_hidden_by_a_rewritten_head_fails_against_the_checkpoint(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            Map<String, String> env = env(testDb);
            write(db, 5);
            seal(db);
            new CheckpointAuditTrailService(new JooqAuditChainReader(db.dsl()), new JooqAuditSeals(db.dsl()),
                    new FileAuditCheckpointLog(checkpoints()), KEY, new JooqTransactions(db.dsl()), Clock.systemUTC())
                    .checkpoint();
            assertThat(cli.run(env, "audit", "verify")).as(cli.out()).isEqualTo(Main.OK);
            assertThat(cli.out()).contains("agrees with checkpoint 1 at place 5");

            String hashAt3 = db.dsl().select(AUDIT_LOGS.ROW_HASH).from(AUDIT_LOGS).where(AUDIT_LOGS.CHAIN_SEQ.eq(3L))
                    .fetchOne(AUDIT_LOGS.ROW_HASH);
            db.dsl().deleteFrom(AUDIT_LOGS).where(AUDIT_LOGS.CHAIN_SEQ.gt(3L)).execute();
            db.dsl().update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_SEQ, 3L)
                    .set(AUDIT_CHAIN_HEAD.LAST_HASH, hashAt3).execute();

            assertThat(cli.run(env, "audit", "verify")).isEqualTo(Main.FAILED);
            assertThat(cli.out()).contains("checkpoint_mismatch", "checkpoint 1 records place 5");
        }
    }

    @Test
    void without_the_audit_key_it_refuses_rather_than_guess_one() {
        try (TestDatabase testDb = TestDatabase.sqlite(folder); Database db = testDb.openMigrated()) {
            Map<String, String> env = Map.of("AEGIS_DB_URL", testDb.settings().url(),
                    "AEGIS_DATA_DIR", folder.resolve("no-data").toString());

            assertThat(cli.run(env, "audit", "verify")).isEqualTo(Main.USAGE);
            assertThat(cli.err()).contains("no audit key", "AEGIS_AUDIT_KEY");
            assertThat(folder.resolve("no-data/audit.key")).doesNotExist();
        }
    }

    private Map<String, String> env(TestDatabase testDb) {
        return Map.of("AEGIS_DB_URL", testDb.settings().url(), "AEGIS_DB_USER", testDb.settings().user(),
                "AEGIS_DB_PASSWORD", testDb.settings().password(),
                "AEGIS_AUDIT_KEY", Base64.getEncoder().encodeToString(SECRET),
                "AEGIS_AUDIT_CHECKPOINT_FILE", checkpoints().toString());
    }

    private Path checkpoints() {
        return folder.resolve("checkpoints.log");
    }

    private static void write(Database db, int count) {
        JooqAuditTrail trail = new JooqAuditTrail(db.dsl(), KEY);
        for (int i = 1; i <= count; i++) {
            trail.record(AuditEntry.success(Actor.system("test"), Instant.parse("2026-11-27T08:15:00Z"),
                    "asset_category.create", "asset_category", i, null, null, Map.of("id", i)));
        }
    }

    private static void seal(Database db) {
        new SealAuditTrailService(new JooqAuditChainReader(db.dsl()), new JooqAuditSeals(db.dsl()), KEY,
                new JooqTransactions(db.dsl())).seal();
    }

    @Test
    void audit_takes_exactly_one_subcommand() {
        assertThat(cli.run(Map.of(), "audit")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("unknown command: audit", "audit verify");
        assertThat(cli.run(Map.of(), "audit", "frobnicate")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("unknown command: audit frobnicate");
        assertThat(cli.run(Map.of(), "audit", "verify", "now")).isEqualTo(Main.USAGE);
        assertThat(cli.err()).contains("unexpected arguments: now");
    }

    @Test
    void help_lists_it() {
        assertThat(cli.run(Map.of(), "--help")).isEqualTo(Main.OK);

        assertThat(cli.out()).contains("audit verify");
    }
}
