package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;
import java.time.Instant;

/** A relationship as clients see it, read "source relationship_type target". */
public record AssetRelationshipView(long id, long sourceAssetId, long targetAssetId, String relationshipType,
                                    String description, boolean criticalDependency, Instant createdAt,
                                    Long createdBy) {

    public static AssetRelationshipView of(AssetRelationshipEntry entry) {
        return new AssetRelationshipView(
                entry.id().orElseThrow(() -> new IllegalStateException("an unsaved relationship has no view"))
                        .value(),
                entry.edge().source().value(),
                entry.edge().target().value(),
                entry.edge().type().key(),
                entry.description().map(Description::value).orElse(null),
                entry.edge().critical(),
                entry.createdAt(),
                entry.createdBy().map(UserId::value).orElse(null));
    }
}
