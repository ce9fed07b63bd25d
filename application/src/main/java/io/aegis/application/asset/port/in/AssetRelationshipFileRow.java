package io.aegis.application.asset.port.in;

import java.util.Objects;

/** A relationship as a file holds it: its ends by id and also by name and asset type, so that it reads anywhere. */
public record AssetRelationshipFileRow(AssetRelationshipView relationship, String sourceName, String sourceType,
                                       String targetName, String targetType) {

    public AssetRelationshipFileRow {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetType, "targetType");
    }
}
