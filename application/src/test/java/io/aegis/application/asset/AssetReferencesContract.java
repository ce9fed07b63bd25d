package io.aegis.application.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetReferences.Standing;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetReferences} must answer: an owner's standing tells unknown_owner from inactive_owner; only an
 * active unit may receive an asset.
 */
public abstract class AssetReferencesContract {

    /** The port over a store holding one active and one disabled user (beside others), and an inactive unit. */
    public record Users(AssetReferences references, UserId active, UserId disabled, OrgUnitId inactiveUnit) {
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

    @Test
    void only_an_existing_active_unit_may_receive_an_asset() {
        assertThat(users.references().activeUnit(OrgUnitId.ROOT)).isTrue();
        assertThat(users.references().activeUnit(users.inactiveUnit())).isFalse();
        assertThat(users.references().activeUnit(new OrgUnitId(users.inactiveUnit().value() + 1000))).isFalse();
    }
}
