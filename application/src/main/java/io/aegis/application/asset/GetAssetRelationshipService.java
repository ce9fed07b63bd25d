package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.GetAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;

/** One relationship with both assets' names; one whose assets the actor may not both read is not found. */
public record GetAssetRelationshipService(UseCaseRunner run, AssetRelationshipReadModel readModel)
        implements GetAssetRelationshipUseCase {

    @Override
    public AssetRelationshipView get(Actor actor, AssetRelationshipId id) {
        return run.readIn(actor, Permission.ASSET_READ, "asset_relationship.read", scope -> readModel.find(id, scope)
                .orElseThrow(() -> new NotFoundException("asset relationship", id)));
    }
}
