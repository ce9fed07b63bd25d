package io.aegis.application.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the risk services rely on before a risk points at an asset or a user, whichever adapter answers. */
public abstract class RiskReferencesContract {

    private RiskReferences references;

    /** The references over a store holding no assets and no users. */
    protected abstract RiskReferences emptyReferences();

    /** Stores an asset in the store behind {@link #emptyReferences()}, deactivated unless {@code active}. */
    protected abstract AssetId storedAsset(String name, boolean active);

    /** Stores a user in the store behind {@link #emptyReferences()}, deactivated unless {@code active}. */
    protected abstract UserId storedUser(String username, boolean active);

    @BeforeEach
    void empty() {
        references = emptyReferences();
    }

    @Test
    void an_active_asset_may_be_pointed_at() {
        AssetId server = storedAsset("server", true);

        assertThat(references.activeAssetExists(server)).isTrue();
    }

    @Test
    void a_deactivated_or_unknown_asset_may_not() {
        AssetId retired = storedAsset("retired", false);
        AssetId active = storedAsset("active", true);

        assertThat(references.activeAssetExists(retired)).isFalse();
        assertThat(references.activeAssetExists(new AssetId(Math.max(retired.value(), active.value()) + 1)))
                .isFalse();
    }

    @Test
    void an_active_user_may_be_pointed_at() {
        UserId alice = storedUser("alice", true);

        assertThat(references.activeUserExists(alice)).isTrue();
    }

    @Test
    void a_deactivated_or_unknown_user_may_not() {
        UserId gone = storedUser("gone", false);
        UserId alice = storedUser("alice", true);

        assertThat(references.activeUserExists(gone)).isFalse();
        assertThat(references.activeUserExists(new UserId(Math.max(gone.value(), alice.value()) + 1))).isFalse();
    }
}
