package io.aegis.application.asset.port.in;

import io.aegis.application.port.Patch;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.shared.Description;
import java.util.Objects;

/** Only the description and the critical-dependency flag change; a different edge is a new relationship. */
public record UpdateAssetRelationshipCommand(AssetRelationshipId id, Patch<Description> description,
                                             Patch<Boolean> critical) {

    public UpdateAssetRelationshipCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(critical, "critical");
        if (critical.present() && critical.value() == null) {
            throw new IllegalArgumentException("the critical flag can be changed but not cleared");
        }
    }
}
