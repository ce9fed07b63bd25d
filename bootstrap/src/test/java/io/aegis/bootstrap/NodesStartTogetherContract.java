package io.aegis.bootstrap;

import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes started at the same moment on an empty database (issue #10): both serve, the schema is migrated once,
 * one administrator exists, and only the node that created it shows its generated password.
 */
abstract class NodesStartTogetherContract {

    /** The database this run of the contract uses. */
    abstract TestDatabase database(Path folder);

    @Test
    void two_nodes_started_together_on_an_empty_database_both_serve_with_one_administrator(@TempDir Path folder) {
        try (TestDatabase empty = database(folder)) {
            String auditKey = Nodes.newAuditKey();
            Map<String, String> generatedPassword = Map.of("AEGIS_ADMIN_PASSWORD", "");
            List<Nodes.Start> starts = Nodes.startTogether(List.of(
                    TestConfigs.node(folder.resolve("node-a"), empty.settings(), auditKey, generatedPassword),
                    TestConfigs.node(folder.resolve("node-b"), empty.settings(), auditKey, generatedPassword)));
            try {
                Wiring a = starts.get(0).started();
                Wiring b = starts.get(1).started();

                assertThat(List.of(a.firstAdmin().created(), b.firstAdmin().created())).containsOnlyOnce(true);
                Wiring creator = a.firstAdmin().created() ? a : b;
                Wiring other = creator == a ? b : a;
                assertThat(other.firstAdmin().generatedPassword()).isEmpty();
                String password = creator.firstAdmin().generatedPassword().orElseThrow();
                new Api(other.port()).loggedInAs("admin", password);
                try (Database probe = empty.open()) {
                    assertThat(probe.dsl().fetchCount(USERS)).isEqualTo(1);
                    var history = DSL.table(DSL.name("flyway_schema_history"));
                    var version = DSL.field(DSL.name("version"), String.class);
                    var success = DSL.field(DSL.name("success"), Boolean.class);
                    List<String> applied = probe.dsl().select(version).from(history).where(version.isNotNull())
                            .fetch(version);
                    assertThat(applied).as("each migration applied once").doesNotHaveDuplicates()
                            .contains("1", "11");
                    assertThat(probe.dsl().fetchCount(history, success.isFalse())).isZero();
                }
            } finally {
                Nodes.stop(starts);
            }
        }
    }
}
