package io.aegis.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final OrgUnitId A = new OrgUnitId(1);
    private static final OrgUnitId B = new OrgUnitId(2);

    @Test
    void everywhere_includes_any_unit_even_one_created_later() {
        assertThat(Scope.everywhere().includes(new OrgUnitId(12345))).isTrue();
        assertThat(Scope.everywhere().isEmpty()).isFalse();
    }

    @Test
    void a_set_of_units_includes_those_units_only() {
        Scope scope = Scope.of(Set.of(A));

        assertThat(scope.includes(A)).isTrue();
        assertThat(scope.includes(B)).isFalse();
        assertThat(Scope.nowhere().isEmpty()).isTrue();
    }

    @Test
    void a_union_reaches_where_either_reaches() {
        assertThat(Scope.of(Set.of(A)).union(Scope.of(Set.of(B)))).isEqualTo(Scope.of(Set.of(A, B)));
        assertThat(Scope.of(Set.of(A)).union(Scope.everywhere())).isEqualTo(Scope.everywhere());
        assertThat(Scope.nowhere().union(Scope.nowhere())).isEqualTo(Scope.nowhere());
    }
}
