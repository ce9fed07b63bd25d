package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.DeleteAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;

public record DeleteAssetRelationshipService(UseCaseRunner run, AssetRelationshipRepository relationships)
        implements DeleteAssetRelationshipUseCase {

    @Override
    public void delete(Actor actor, AssetRelationshipId id) {
        run.change(actor, Permission.ASSET_WRITE, "asset_relationship.delete", change -> {
            AssetRelationshipEntry current = AssetRelationshipServiceSupport.load(relationships, id);
            if (!relationships.delete(id)) {
                throw new NotFoundException("asset relationship", id);
            }
            change.audit(AssetRelationshipServiceSupport.RESOURCE, id.value(), AssetRelationshipView.of(current),
                    null);
            return null;
        });
    }
}
