package io.aegis.application.asset;

import io.aegis.application.asset.AssetRelationshipServiceSupport.Located;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.DeleteAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;

public record DeleteAssetRelationshipService(UseCaseRunner run, AssetRepository assets,
                                             AssetRelationshipRepository relationships)
        implements DeleteAssetRelationshipUseCase {

    @Override
    public void delete(Actor actor, AssetRelationshipId id) {
        run.changeIn(actor, Permission.ASSET_WRITE, "asset_relationship.delete", change -> {
            Located found = AssetRelationshipServiceSupport.loadWritable(relationships, assets, id, change);
            if (!relationships.delete(id)) {
                throw new NotFoundException("asset relationship", id);
            }
            change.auditIn(found.sourceUnit(), AssetRelationshipServiceSupport.RESOURCE, id.value(),
                    AssetRelationshipView.of(found.entry()), null);
            return null;
        });
    }
}
