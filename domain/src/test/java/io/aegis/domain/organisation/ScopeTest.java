package io.aegis.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final OrgUnitId ROOT = new OrgUnitId(1);
    private static final OrgUnitId A = new OrgUnitId(2);
    private static final OrgUnitId B = new OrgUnitId(3);

    private final OrgUnitTree tree = OrgUnitTree.of(Map.of(ROOT, Optional.empty(), A, Optional.of(ROOT),
            B, Optional.of(ROOT)));

    @Test
    void everywhere_includes_any_unit_even_one_created_later() {
        assertThat(Scope.everywhere().includes(new OrgUnitId(12345))).isTrue();
        assertThat(Scope.everywhere().isEmpty()).isFalse();
    }

    @Test
    void a_set_of_units_includes_those_units_only() {
        Scope scope = Scope.of(Set.of(A), tree);

        assertThat(scope.includes(A)).isTrue();
        assertThat(scope.includes(B)).isFalse();
        assertThat(Scope.nowhere().isEmpty()).isTrue();
    }

    @Test
    void a_union_reaches_where_either_reaches() {
        assertThat(Scope.of(Set.of(A), tree).union(Scope.of(Set.of(B), tree))).isEqualTo(Scope.of(Set.of(A, B), tree));
        assertThat(Scope.of(Set.of(A), tree).union(Scope.everywhere())).isEqualTo(Scope.everywhere());
        assertThat(Scope.nowhere().union(Scope.nowhere())).isEqualTo(Scope.nowhere());
    }
}
