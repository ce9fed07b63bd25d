package io.aegis.domain.asset;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A relationship as the inventory records it: the typed {@link AssetRelationship edge} (which refuses self
 * edges) plus a description, who recorded it and when. The edge itself never changes; a different edge is a
 * different entry. Only the description and the critical-dependency flag may be revised. The table keeps no
 * update time, so entries carry no version.
 */
public final class AssetRelationshipEntry {

    private final AssetRelationshipId id;
    private final AssetRelationship edge;
    private final Description description;
    private final UserId createdBy;
    private final Instant createdAt;

    private AssetRelationshipEntry(AssetRelationshipId id, AssetRelationship edge, Description description,
                                   UserId createdBy, Instant createdAt) {
        this.id = id;
        this.edge = Objects.requireNonNull(edge, "edge");
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public static AssetRelationshipEntry record(AssetRelationship edge, Optional<Description> description,
                                                Optional<UserId> createdBy, Instant now) {
        return new AssetRelationshipEntry(null, edge, description.orElse(null), createdBy.orElse(null),
                Timestamps.truncate(now));
    }

    public static AssetRelationshipEntry restore(AssetRelationshipId id, AssetRelationship edge,
                                                 Description description, UserId createdBy, Instant createdAt) {
        Objects.requireNonNull(id, "id");
        return new AssetRelationshipEntry(id, edge, description, createdBy, createdAt);
    }

    public AssetRelationshipEntry identifiedAs(AssetRelationshipId assignedId) {
        return new AssetRelationshipEntry(Objects.requireNonNull(assignedId), edge, description, createdBy,
                createdAt);
    }

    /** A new description (empty clears it) and critical-dependency flag on the same edge. */
    public AssetRelationshipEntry revise(Optional<Description> newDescription, boolean critical) {
        return new AssetRelationshipEntry(id,
                new AssetRelationship(edge.source(), edge.target(), edge.type(), critical),
                newDescription.orElse(null), createdBy, createdAt);
    }

    public Optional<AssetRelationshipId> id() {
        return Optional.ofNullable(id);
    }

    public AssetRelationship edge() {
        return edge;
    }

    public Optional<Description> description() {
        return Optional.ofNullable(description);
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
