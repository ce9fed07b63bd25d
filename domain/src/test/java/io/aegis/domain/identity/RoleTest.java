package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:15:00.123Z");

    private final Role auditor = Role.define(new RoleName("Auditor"), Optional.of(new Description("reads the log")),
            Set.of(Permission.AUDIT_READ, Permission.ASSET_READ), T0).identifiedAs(new RoleId(7));

    @Test
    void a_custom_role_can_be_renamed_regranted_and_deactivated() {
        Role revised = auditor.revise(new RoleName("External auditor"), Optional.empty(),
                Set.of(Permission.RISK_READ), false, T0.plusSeconds(1));

        assertThat(revised.name().value()).isEqualTo("External auditor");
        assertThat(revised.description()).isEmpty();
        assertThat(revised.permissions()).containsExactly(Permission.RISK_READ);
        assertThat(revised.active()).isFalse();
        assertThat(revised.version()).isAfter(auditor.version());
        assertThat(auditor.deactivate(T0).active()).isFalse();
        assertThat(auditor.builtIn()).isFalse();
    }

    @Test
    void permissions_keep_the_enums_order_whatever_order_they_came_in() {
        assertThat(auditor.permissions()).containsExactly(Permission.ASSET_READ, Permission.AUDIT_READ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "Analyst", "ReadOnly"})
    void a_built_in_role_cannot_be_renamed_deactivated_or_regranted(String name) {
        Role builtIn = seeded(name);

        assertThat(builtIn.builtIn()).isTrue();
        assertRefused(() -> builtIn.revise(new RoleName(name + "s"), Optional.empty(), builtIn.permissions(), true,
                T0));
        assertRefused(() -> builtIn.revise(new RoleName(name.toLowerCase()), Optional.empty(),
                builtIn.permissions(), true, T0));
        assertRefused(() -> builtIn.revise(builtIn.name(), Optional.empty(), Set.of(), true, T0));
        assertRefused(() -> builtIn.revise(builtIn.name(), Optional.empty(), builtIn.permissions(), false, T0));
        assertRefused(() -> builtIn.deactivate(T0));
    }

    @Test
    void a_built_in_roles_description_may_change() {
        Role admin = seeded("Admin");

        Role described = admin.revise(admin.name(), Optional.of(new Description("the keys")), admin.permissions(), true,
                T0.plusSeconds(1));

        assertThat(described.description()).contains(new Description("the keys"));
    }

    @Test
    void a_rename_is_a_change_of_letters_not_of_case() {
        Role upper = auditor.revise(new RoleName("AUDITOR"), Optional.empty(), Set.of(), true, T0);

        assertThat(upper.isRenamedFrom(auditor)).isFalse();
        assertThat(auditor.revise(new RoleName("Reviewer"), Optional.empty(), Set.of(), true, T0)
                .isRenamedFrom(auditor)).isTrue();
    }

    @Test
    void names_follow_the_column_length() {
        assertThat(new RoleName("x".repeat(50)).value()).hasSize(50);
        assertThatThrownBy(() -> new RoleName("x".repeat(51))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RoleName(" ")).isInstanceOf(InvalidValueException.class);
    }

    private static Role seeded(String name) {
        return Role.restore(new RoleId(1), new RoleName(name), null, EnumSet.of(Permission.ASSET_READ), true, T0,
                null);
    }

    private static void assertRefused(Runnable change) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("built_in_role"));
    }
}
