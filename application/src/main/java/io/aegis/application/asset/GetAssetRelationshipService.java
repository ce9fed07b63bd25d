package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.GetAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;

public final class GetAssetRelationshipService implements GetAssetRelationshipUseCase {

    private final AccessGuard guard;
    private final AssetRelationshipRepository relationships;

    public GetAssetRelationshipService(AccessGuard guard, AssetRelationshipRepository relationships) {
        this.guard = guard;
        this.relationships = relationships;
    }

    @Override
    public AssetRelationshipView get(Actor actor, AssetRelationshipId id) {
        guard.require(actor, Permission.ASSET_READ, "asset_relationship.read");
        return AssetRelationshipView.of(AssetRelationshipServiceSupport.load(relationships, id));
    }
}
