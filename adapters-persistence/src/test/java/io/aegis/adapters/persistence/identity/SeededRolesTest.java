package io.aegis.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.shared.Description;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The roles the reference data seeds were stamped by the database, not by Aegis: on MySQL their creation time
 * carries microseconds and they were never updated. They must read and update like any other role.
 */
class SeededRolesTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void the_seeded_roles_are_built_in_with_their_documented_permissions(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqRoleRepository roles = new JooqRoleRepository(db.dsl());

            Role admin = roles.findByName(new RoleName("admin")).orElseThrow();
            Role readOnly = roles.findByName(new RoleName("ReadOnly")).orElseThrow();

            assertThat(admin.builtIn()).isTrue();
            assertThat(admin.permissions()).isEqualTo(EnumSet.allOf(Permission.class));
            assertThat(readOnly.permissions()).allMatch(permission -> permission.key().endsWith(":read"))
                    .doesNotContain(Permission.AUDIT_READ);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_seeded_role_is_versioned_to_the_millisecond_and_updates_with_that_version(
            Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqRoleRepository roles = new JooqRoleRepository(db.dsl());
            Role analyst = roles.findByName(new RoleName("Analyst")).orElseThrow();
            Role described = analyst.revise(analyst.name(), Optional.of(new Description("day-to-day work")),
                    analyst.permissions(), true, Instant.now());

            assertThat(analyst.version()).isEqualTo(analyst.version().truncatedTo(ChronoUnit.MILLIS));
            assertThat(roles.update(described, analyst.version())).isTrue();
            assertThat(roles.findById(analyst.id().orElseThrow()).orElseThrow().description())
                    .contains(new Description("day-to-day work"));
            assertThat(roles.update(described, analyst.version())).isFalse();
        }
    }
}
