package io.aegis.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseKind;
import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V5 widens the likelihood and impact CHECKs of {@code risks} to 1..6. On SQLite it rebuilds the table, which
 * with foreign keys on would delete the risks' score history and unlink their tasks: a database holding them
 * at V4 must hold exactly the same rows after V5, with its foreign keys working and switched on again.
 */
class RiskMatrixSizesMigrationTest {

    private static final SeedDocument SEED = SeedDocument.load();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void keepsEveryRiskAndWhatReferencesItAndAcceptsSixBySix(Function<Path, TestDatabase> kind)
            throws SQLException {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.open()) {
            Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:" + database.kind().migrationFolder()).target("4").load().migrate();
            Rows rows = new Rows(database, SEED);
            long risk = rows.insert("risks", Map.of("title", "Flood", "category", "operational",
                    "risk_matrix_id", 1, "inherent_likelihood", 5, "inherent_impact", 4,
                    "residual_likelihood", 2, "residual_impact", 3, "tags", "[\"site\"]"));
            long inherent = rows.insert("risk_scores", Map.of("risk_id", risk, "likelihood_score", 5,
                    "impact_score", 4, "score_type", "inherent"));
            long residual = rows.insert("risk_scores", Map.of("risk_id", risk, "score_type", "residual"));
            long task = rows.insert("tasks", Map.of("risk_id", risk));
            long deleted = rows.insert("risks", Map.of("title", "Gone", "category", "technical"));
            rows.delete("risks", deleted);
            List<String> riskBefore = rows.row("risks", risk);
            List<List<String>> scoresBefore = List.of(rows.row("risk_scores", inherent),
                    rows.row("risk_scores", residual));
            List<String> taskBefore = rows.row("tasks", task);

            assertThat(database.migrate()).as("V5 and any later migration").isPositive();

            List<String> riskAfter = rows.row("risks", risk);
            assertThat(riskAfter.subList(0, riskBefore.size())).isEqualTo(riskBefore);
            assertThat(riskAfter.subList(riskBefore.size(), riskAfter.size())).as("V17: in the root unit")
                    .containsExactly("1");
            assertThat(List.of(rows.row("risk_scores", inherent), rows.row("risk_scores", residual)))
                    .isEqualTo(scoresBefore);
            assertThat(rows.row("tasks", task)).isEqualTo(taskBefore);
            assertThat(rows.text("SELECT COUNT(*) FROM risks")).isEqualTo("1");
            // an id once used is never given again
            assertThat(rows.insert("risks", Map.of("title", "Next", "category", "technical"))).isGreaterThan(deleted);

            assertThat(Rows.outcome(() -> rows.insert("risks", Map.of("title", "Six", "category", "technical",
                    "inherent_likelihood", 6, "inherent_impact", 6, "residual_likelihood", 6, "residual_impact", 6))))
                    .isEqualTo("accepted");
            assertThat(Rows.outcome(() -> rows.insert("risks", Map.of("title", "Seven", "category", "technical",
                    "inherent_likelihood", 7)))).contains("chk_likelihood_range");
            assertThat(Rows.outcome(() -> rows.insert("risks", Map.of("title", "Seven", "category", "technical",
                    "residual_impact", 7)))).contains("chk_residual_impact_range");

            // the rebuilt table is still the one its children reference, with the seed's delete rules
            assertThat(Rows.outcome(() -> rows.insert("risk_scores", Map.of("risk_id", deleted))))
                    .containsIgnoringCase("foreign key");
            rows.delete("risks", risk);
            assertThat(rows.exists("risk_scores", inherent)).isFalse();
            assertThat(rows.value("tasks", "risk_id", task)).isNull();
            if (database.kind() == DatabaseKind.SQLITE) {
                assertThat(foreignKeysOfEveryPooledConnection(database)).containsOnly("1").hasSize(4);
            }
        }
    }

    /** Holds the whole pool (TestDatabase makes four connections) so that each connection is asked. */
    private static List<String> foreignKeysOfEveryPooledConnection(Database database) throws SQLException {
        List<Connection> held = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        try {
            for (int i = 0; i < database.dataSource().unwrap(com.zaxxer.hikari.HikariDataSource.class)
                    .getMaximumPoolSize(); i++) {
                Connection connection = database.dataSource().getConnection();
                held.add(connection);
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    settings.add(rs.getString(1));
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        return settings;
    }
}
