package io.aegis.application.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetReferences.Standing;
import io.aegis.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AssetReferences} must answer: an owner's standing tells unknown_owner from inactive_owner. */
public abstract class AssetReferencesContract {

    /** The port over a store holding exactly one active and one disabled user. */
    public record Users(AssetReferences references, UserId active, UserId disabled) {
    }

    private Users users;

    protected abstract Users oneActiveAndOneDisabledUser();

    @BeforeEach
    void load() {
        users = oneActiveAndOneDisabledUser();
    }

    @Test
    void an_active_user_stands_active() {
        assertThat(users.references().user(users.active())).isEqualTo(Standing.ACTIVE);
    }

    @Test
    void a_disabled_user_stands_inactive() {
        assertThat(users.references().user(users.disabled())).isEqualTo(Standing.INACTIVE);
    }

    @Test
    void an_id_no_user_has_is_unknown() {
        long unused = Math.max(users.active().value(), users.disabled().value()) + 1;

        assertThat(users.references().user(new UserId(unused))).isEqualTo(Standing.UNKNOWN);
    }
}
