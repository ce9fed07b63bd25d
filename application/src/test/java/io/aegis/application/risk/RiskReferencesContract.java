package io.aegis.application.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the risk services rely on before a risk points at an asset or a user, whichever adapter answers. */
public abstract class RiskReferencesContract {

    private static final Scope ALL = Scope.everywhere();

    private RiskReferences references;

    /** The references over a store holding no assets and no users. */
    protected abstract RiskReferences emptyReferences();

    /** Stores an asset in the store behind {@link #emptyReferences()}, deactivated unless {@code active}. */
    protected abstract AssetId storedAsset(String name, boolean active);

    /** Stores a user in the store behind {@link #emptyReferences()}, deactivated unless {@code active}. */
    protected abstract UserId storedUser(String username, boolean active);

    /** Stores a unit under {@code parent} in the store behind {@link #emptyReferences()}. */
    protected abstract OrgUnitId storedUnit(String name, OrgUnitId parent, boolean active);

    /** Stores an active asset of {@code unit} in the store behind {@link #emptyReferences()}. */
    protected abstract AssetId storedAssetOf(String name, OrgUnitId unit);

    @BeforeEach
    void empty() {
        references = emptyReferences();
    }

    @Test
    void an_active_asset_may_be_pointed_at() {
        AssetId server = storedAsset("server", true);

        assertThat(references.activeAssetExists(server, ALL)).isTrue();
    }

    @Test
    void a_deactivated_or_unknown_asset_may_not() {
        AssetId retired = storedAsset("retired", false);
        AssetId active = storedAsset("active", true);

        assertThat(references.activeAssetExists(retired, ALL)).isFalse();
        assertThat(references.activeAssetExists(new AssetId(Math.max(retired.value(), active.value()) + 1), ALL))
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

    @Test
    void an_asset_out_of_the_scope_is_refused_as_an_unknown_one() {
        OrgUnitId a = storedUnit("A", OrgUnitId.ROOT, true);
        OrgUnitId b = storedUnit("B", OrgUnitId.ROOT, true);
        AssetId ofB = storedAssetOf("of B", b);

        assertThat(references.activeAssetExists(ofB, new Scope(false, Set.of(b), Set.of(OrgUnitId.ROOT)))).isTrue();
        assertThat(references.activeAssetExists(ofB, new Scope(false, Set.of(a), Set.of(OrgUnitId.ROOT)))).isFalse();
        assertThat(references.activeAssetExists(ofB, Scope.nowhere())).isFalse();
    }

    @Test
    void active_units_may_be_pointed_at_and_every_unit_is_in_the_tree() {
        OrgUnitId a = storedUnit("A", OrgUnitId.ROOT, true);
        OrgUnitId a1 = storedUnit("A1", a, true);
        OrgUnitId closed = storedUnit("Closed", a, false);

        assertThat(references.activeUnitExists(OrgUnitId.ROOT)).isTrue();
        assertThat(references.activeUnitExists(a1)).isTrue();
        assertThat(references.activeUnitExists(closed)).isFalse();
        assertThat(references.activeUnitExists(new OrgUnitId(closed.value() + 1))).isFalse();
        assertThat(references.units().pathFromRoot(a1)).containsExactly(OrgUnitId.ROOT, a, a1);
        assertThat(references.units().contains(closed)).isTrue();
    }
}
