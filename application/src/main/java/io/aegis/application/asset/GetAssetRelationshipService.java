package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.GetAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;

public record GetAssetRelationshipService(UseCaseRunner run, AssetRepository assets,
                                          AssetRelationshipRepository relationships)
        implements GetAssetRelationshipUseCase {

    @Override
    public AssetRelationshipView get(Actor actor, AssetRelationshipId id) {
        return run.readIn(actor, Permission.ASSET_READ, "asset_relationship.read", scope -> AssetRelationshipView.of(
                AssetRelationshipServiceSupport.loadVisible(relationships, assets, id, scope).entry()));
    }
}
