package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.shared.Description;
import java.util.Objects;
import java.util.Optional;

public record CreateAssetRelationshipCommand(AssetId source, AssetId target, RelationshipType type,
                                             Optional<Description> description, boolean critical) {

    public CreateAssetRelationshipCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
