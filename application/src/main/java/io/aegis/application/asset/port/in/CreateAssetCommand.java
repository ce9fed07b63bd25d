package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Objects;
import java.util.Optional;

/**
 * @param orgUnit the unit the asset is placed in; empty leaves it to {@link io.aegis.application.port.UnitPlacement}
 */
public record CreateAssetCommand(AssetProfile profile, Optional<OrgUnitId> orgUnit) {

    public CreateAssetCommand {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(orgUnit, "orgUnit");
    }
}
