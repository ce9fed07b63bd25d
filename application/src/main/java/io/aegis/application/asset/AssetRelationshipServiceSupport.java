package io.aegis.application.asset;

import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;

/** What the asset-relationship services share: the resource's name and loading. */
final class AssetRelationshipServiceSupport {

    static final String RESOURCE = "asset_relationship";

    private AssetRelationshipServiceSupport() {
    }

    static AssetRelationshipEntry load(AssetRelationshipRepository relationships, AssetRelationshipId id) {
        return relationships.findById(id).orElseThrow(() -> new NotFoundException("asset relationship", id));
    }
}
