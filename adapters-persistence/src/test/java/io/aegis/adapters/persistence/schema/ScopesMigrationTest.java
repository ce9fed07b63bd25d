package io.aegis.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.identity.JooqRoleRepository;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V17 gives every row and every grant a unit. An installation migrated from before must answer as before: each role a
 * user held becomes the role at the root for the whole tree (everywhere), and every asset, risk and matrix lands in
 * the root, where everyone who read it before still reads it.
 */
class ScopesMigrationTest {

    private static final SeedDocument SEED = SeedDocument.load();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void every_grant_becomes_the_role_everywhere_and_every_row_lands_in_the_root(Function<Path, TestDatabase> kind)
            throws SQLException {
        try (TestDatabase testDatabase = kind.apply(directory); Database database = testDatabase.open()) {
            Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:" + database.kind().migrationFolder()).target("16").load().migrate();
            Rows rows = new Rows(database, SEED);
            long user = rows.insert("users", Map.of("username", "analyst", "email", "analyst@example.com"));
            rows.insert("user_roles", Map.of("user_id", user, "role_id", 2));
            rows.insert("user_roles", Map.of("user_id", user, "role_id", 3));
            long asset = rows.insert("assets", Map.of("name", "mail", "asset_type", "server"));
            long risk = rows.insert("risks", Map.of("title", "Outage", "category", "technical", "asset_id", asset));

            assertThat(database.migrate()).as("V17 and any later migration").isPositive();

            assertThat(new JooqRoleRepository(database.dsl()).assignmentsOf(new UserId(user))).containsExactly(
                    new RoleAssignment(new RoleId(2), OrgUnitId.ROOT, true),
                    new RoleAssignment(new RoleId(3), OrgUnitId.ROOT, true));
            assertThat(rows.text("SELECT org_unit_id FROM assets WHERE id = ?", asset)).isEqualTo("1");
            assertThat(rows.text("SELECT org_unit_id FROM risks WHERE id = ?", risk)).isEqualTo("1");
            assertThat(rows.text("SELECT COUNT(*) FROM risk_matrices WHERE org_unit_id <> 1")).isEqualTo("0");
        }
    }
}
