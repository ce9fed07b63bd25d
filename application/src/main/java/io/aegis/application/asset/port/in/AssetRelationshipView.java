package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;
import java.time.Instant;

/**
 * A relationship as clients see it, read "source relationship_type target". The names of both assets are filled
 * where the view is read from the inventory ({@link #named}); a view made from the entry alone has them null.
 */
public record AssetRelationshipView(long id, long sourceAssetId, long targetAssetId, String relationshipType,
                                    String description, boolean criticalDependency, Instant createdAt,
                                    Long createdBy, String sourceAssetName, String targetAssetName) {

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
                entry.createdBy().map(UserId::value).orElse(null),
                null, null);
    }

    /** The same view with the names of its two assets. */
    public AssetRelationshipView named(String source, String target) {
        return new AssetRelationshipView(id, sourceAssetId, targetAssetId, relationshipType, description,
                criticalDependency, createdAt, createdBy, source, target);
    }
}
