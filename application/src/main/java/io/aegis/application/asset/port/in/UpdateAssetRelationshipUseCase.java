package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface UpdateAssetRelationshipUseCase {

    /** @throws io.aegis.application.port.NotFoundException */
    AssetRelationshipView update(Actor actor, UpdateAssetRelationshipCommand command);
}
