package io.aegis.adapters.persistence.asset;

import io.aegis.adapters.persistence.jooq.tables.records.AssetRelationshipsRecord;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;

/** The one mapping between an {@code asset_relationships} row and the domain's {@link AssetRelationshipEntry}. */
final class AssetRelationshipRows {

    private AssetRelationshipRows() {
    }

    static AssetRelationshipEntry toDomain(AssetRelationshipsRecord row) {
        return AssetRelationshipEntry.restore(
                new AssetRelationshipId(row.getId()),
                edge(row),
                row.getDescription() == null ? null : new Description(row.getDescription()),
                row.getCreatedBy() == null ? null : new UserId(row.getCreatedBy()),
                row.getCreatedAt());
    }

    static AssetRelationship edge(AssetRelationshipsRecord row) {
        return new AssetRelationship(new AssetId(row.getSourceAssetId()), new AssetId(row.getTargetAssetId()),
                RelationshipType.fromKey(row.getRelationshipType()), Boolean.TRUE.equals(row.getIsCriticalDependency()));
    }

    /** Copies every stored property of {@code entry} into {@code row} (the id excepted). */
    static AssetRelationshipsRecord fill(AssetRelationshipsRecord row, AssetRelationshipEntry entry) {
        return row
                .setSourceAssetId(Math.toIntExact(entry.edge().source().value()))
                .setTargetAssetId(Math.toIntExact(entry.edge().target().value()))
                .setRelationshipType(entry.edge().type().key())
                .setDescription(entry.description().map(Description::value).orElse(null))
                .setIsCriticalDependency(entry.edge().critical())
                .setCreatedAt(entry.createdAt())
                .setCreatedBy(entry.createdBy().map(id -> Math.toIntExact(id.value())).orElse(null));
    }
}
