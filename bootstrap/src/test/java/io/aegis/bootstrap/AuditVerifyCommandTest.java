package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.audit.JooqAuditTrail;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code java -jar aegis.jar audit verify}, through {@link Main#run} as the jar runs it. */
class AuditVerifyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void exits_0_on_an_intact_trail_and_1_naming_the_first_broken_row(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            Map<String, String> env = Map.of("AEGIS_DB_URL", testDb.settings().url(),
                    "AEGIS_DB_USER", testDb.settings().user(), "AEGIS_DB_PASSWORD", testDb.settings().password());
            JooqAuditTrail trail = new JooqAuditTrail(db.dsl());
            for (int i = 1; i <= 3; i++) {
                trail.record(AuditEntry.success(Actor.system("test"), Instant.parse("2026-11-27T08:15:00Z"),
                        "asset_category.create", "asset_category", i, null, Map.of("id", i)));
            }

            assertThat(run(env, "audit", "verify")).as(err()).isEqualTo(Main.OK);
            assertThat(out()).contains("audit trail intact", "3 rows checked", "last row 3");

            db.dsl().update(AUDIT_LOGS).set(AUDIT_LOGS.RESOURCE_ID, 9).where(AUDIT_LOGS.ID.eq(2)).execute();

            assertThat(run(env, "audit", "verify")).isEqualTo(Main.FAILED);
            assertThat(out()).contains("BROKEN at row 2", "content_changed", "intact rows before it: 1");
        }
    }

    @Test
    void audit_takes_exactly_one_subcommand() {
        assertThat(run(Map.of(), "audit")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("unknown command: audit", "audit verify");
        assertThat(run(Map.of(), "audit", "frobnicate")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("unknown command: audit frobnicate");
        assertThat(run(Map.of(), "audit", "verify", "now")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("unexpected arguments: now");
    }

    @Test
    void help_lists_it() {
        assertThat(run(Map.of(), "--help")).isEqualTo(Main.OK);

        assertThat(out()).contains("audit verify");
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
