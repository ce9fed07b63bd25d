package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private static final UserId ANN = new UserId(3);
    private static final BearerSecret SECRET = BearerSecret.issue(CredentialKind.API_KEY, new byte[32]);
    private static final Set<Permission> ANALYST = Set.of(Permission.RISK_READ, Permission.RISK_WRITE,
            Permission.ASSET_READ);

    @Test
    void an_unscoped_key_does_what_its_user_does_at_each_moment() {
        ApiKey key = ApiKey.create(ANN, "ci", SECRET, Optional.empty(), ANALYST, Optional.empty(), NOW);

        assertThat(within(key, ANALYST)).isEqualTo(ANALYST);
        assertThat(within(key, Set.of(Permission.RISK_READ))).containsExactly(Permission.RISK_READ);
    }

    @Test
    void a_scoped_key_never_exceeds_its_scope_nor_its_users_current_permissions() {
        ApiKey key = ApiKey.create(ANN, "reader", SECRET, Optional.of(Set.of(Permission.RISK_READ,
                Permission.ASSET_READ)), ANALYST, Optional.empty(), NOW);

        assertThat(within(key, ANALYST)).containsExactlyInAnyOrder(Permission.RISK_READ,
                Permission.ASSET_READ);
        assertThat(within(key, Set.of(Permission.ASSET_READ, Permission.USER_ADMIN)))
                .containsExactly(Permission.ASSET_READ);
    }

    @Test
    void a_key_cannot_be_scoped_beyond_its_user() {
        assertThatThrownBy(() -> ApiKey.create(ANN, "greedy", SECRET, Optional.of(Set.of(Permission.USER_ADMIN)),
                ANALYST, Optional.empty(), NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("user:admin");
    }

    @Test
    void a_key_scoped_to_nothing_is_refused_as_useless() {
        assertThatThrownBy(() -> ApiKey.create(ANN, "nothing", SECRET, Optional.of(Set.of()), ANALYST,
                Optional.empty(), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("empty_scope"));
    }

    @Test
    void expiry_and_revocation_end_validity() {
        ApiKey expiring = ApiKey.create(ANN, "temp", SECRET, Optional.empty(), ANALYST,
                Optional.of(NOW.plusSeconds(60)), NOW);

        assertThat(expiring.isValidAt(NOW.plusSeconds(59))).isTrue();
        assertThat(expiring.isValidAt(NOW.plusSeconds(60))).isFalse();
        assertThat(expiring.revoke(NOW.plusSeconds(1)).isValidAt(NOW.plusSeconds(2))).isFalse();
        assertThatThrownBy(() -> ApiKey.create(ANN, "past", SECRET, Optional.empty(), ANALYST, Optional.of(NOW), NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Set<Permission> within(ApiKey key, Set<Permission> holderHas) {
        return key.permissionsWithin(ScopedPermissions.everywhere(holderHas)).permissions();
    }
}
