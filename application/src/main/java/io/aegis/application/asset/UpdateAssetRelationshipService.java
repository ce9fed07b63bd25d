package io.aegis.application.asset;

import io.aegis.application.asset.AssetRelationshipServiceSupport.Located;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipCommand;
import io.aegis.application.asset.port.in.UpdateAssetRelationshipUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.identity.Permission;

public record UpdateAssetRelationshipService(UseCaseRunner run, AssetRepository assets,
                                             AssetRelationshipRepository relationships)
        implements UpdateAssetRelationshipUseCase {

    @Override
    public AssetRelationshipView update(Actor actor, UpdateAssetRelationshipCommand command) {
        return run.changeIn(actor, Permission.ASSET_WRITE, "asset_relationship.update", change -> {
            Located found = AssetRelationshipServiceSupport.loadWritable(relationships, assets, command.id(), change);
            AssetRelationshipEntry current = found.entry();
            AssetRelationshipEntry changed = current.revise(command.description().orElse(current.description()),
                    command.critical().orElse(current.edge().critical()));
            if (!relationships.update(changed)) {
                throw new NotFoundException("asset relationship", command.id());
            }
            AssetRelationshipView after = AssetRelationshipView.of(changed);
            change.auditIn(found.sourceUnit(), AssetRelationshipServiceSupport.RESOURCE, after.id(),
                    AssetRelationshipView.of(current), after);
            return after;
        });
    }
}
