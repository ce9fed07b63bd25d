package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import java.time.Instant;

public record AssetRelationshipResponse(long id, long sourceAssetId, long targetAssetId, String relationshipType,
                                        String description,
                                        @JsonProperty("is_critical_dependency") boolean criticalDependency,
                                        Instant createdAt, Long createdBy, String sourceAssetName,
                                        String targetAssetName) {

    static AssetRelationshipResponse of(AssetRelationshipView v) {
        return new AssetRelationshipResponse(v.id(), v.sourceAssetId(), v.targetAssetId(), v.relationshipType(),
                v.description(), v.criticalDependency(), v.createdAt(), v.createdBy(), v.sourceAssetName(),
                v.targetAssetName());
    }
}
