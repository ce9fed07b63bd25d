package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopedPermissionsTest {

    private static final OrgUnitId ROOT = new OrgUnitId(1);
    private static final OrgUnitId UNIT_A = new OrgUnitId(2);
    private static final OrgUnitId UNIT_A1 = new OrgUnitId(3);
    private static final OrgUnitId UNIT_B = new OrgUnitId(4);
    private static final RoleId ANALYST = new RoleId(10);
    private static final RoleId AUDITOR = new RoleId(11);
    private static final RoleId INACTIVE = new RoleId(12);

    private final OrgUnitTree tree = OrgUnitTree.of(Map.of(ROOT, Optional.empty(), UNIT_A, Optional.of(ROOT),
            UNIT_A1, Optional.of(UNIT_A), UNIT_B, Optional.of(ROOT)));
    private final Map<RoleId, Set<Permission>> roles = Map.of(
            ANALYST, Set.of(Permission.RISK_READ, Permission.RISK_WRITE),
            AUDITOR, Set.of(Permission.RISK_READ, Permission.AUDIT_READ));

    @Test
    void a_role_held_at_the_root_for_its_subtree_reaches_everywhere_as_every_grant_did_before_units() {
        ScopedPermissions scoped = resolve(new RoleAssignment(ANALYST, ROOT, true));

        assertThat(scoped.scopeOf(Permission.RISK_WRITE)).isEqualTo(Scope.everywhere());
        assertThat(scoped.permissions()).containsExactlyInAnyOrder(Permission.RISK_READ, Permission.RISK_WRITE);
    }

    @Test
    void a_recursive_role_reaches_its_unit_and_below_a_plain_one_its_unit_only() {
        assertThat(resolve(new RoleAssignment(ANALYST, UNIT_A, true)).scopeOf(Permission.RISK_READ))
                .isEqualTo(Scope.of(Set.of(UNIT_A, UNIT_A1), tree));
        assertThat(resolve(new RoleAssignment(ANALYST, UNIT_A, false)).scopeOf(Permission.RISK_READ))
                .isEqualTo(Scope.of(Set.of(UNIT_A), tree));
    }

    @Test
    void each_permission_gets_the_union_of_the_units_of_the_roles_that_grant_it() {
        ScopedPermissions scoped = resolve(new RoleAssignment(ANALYST, UNIT_A, false),
                new RoleAssignment(AUDITOR, UNIT_B, false));

        assertThat(scoped.scopeOf(Permission.RISK_READ)).isEqualTo(Scope.of(Set.of(UNIT_A, UNIT_B), tree));
        assertThat(scoped.scopeOf(Permission.RISK_WRITE)).isEqualTo(Scope.of(Set.of(UNIT_A), tree));
        assertThat(scoped.scopeOf(Permission.AUDIT_READ)).isEqualTo(Scope.of(Set.of(UNIT_B), tree));
    }

    @Test
    void a_permission_not_held_and_an_inactive_role_or_vanished_unit_reach_nowhere() {
        ScopedPermissions scoped = resolve(new RoleAssignment(INACTIVE, ROOT, true),
                new RoleAssignment(ANALYST, new OrgUnitId(99), true));

        assertThat(scoped.scopeOf(Permission.RISK_READ).isEmpty()).isTrue();
        assertThat(scoped.permissions()).isEmpty();
    }

    @Test
    void a_scope_shares_the_definitions_of_the_units_above_its_own_but_not_of_its_siblings() {
        Scope scope = resolve(new RoleAssignment(ANALYST, UNIT_A1, false)).scopeOf(Permission.RISK_READ);

        assertThat(scope.includes(UNIT_A1)).isTrue();
        assertThat(scope.includes(UNIT_A)).isFalse();
        assertThat(scope.shares(UNIT_A)).isTrue();
        assertThat(scope.shares(ROOT)).isTrue();
        assertThat(scope.shares(UNIT_B)).isFalse();
    }

    @Test
    void an_api_key_narrows_the_permissions_and_keeps_where_each_reaches() {
        ScopedPermissions narrowed = resolve(new RoleAssignment(ANALYST, UNIT_A, false))
                .narrowedTo(Set.of(Permission.RISK_READ, Permission.AUDIT_READ));

        assertThat(narrowed.permissions()).containsExactly(Permission.RISK_READ);
        assertThat(narrowed.scopeOf(Permission.RISK_READ)).isEqualTo(Scope.of(Set.of(UNIT_A), tree));
    }

    private ScopedPermissions resolve(RoleAssignment... assignments) {
        return ScopedPermissions.resolve(List.of(assignments), role -> roles.getOrDefault(role, Set.of()), tree);
    }
}
