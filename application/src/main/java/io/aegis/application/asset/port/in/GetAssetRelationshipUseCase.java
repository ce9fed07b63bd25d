package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetRelationshipId;

public interface GetAssetRelationshipUseCase {

    /** @throws io.aegis.application.port.NotFoundException */
    AssetRelationshipView get(Actor actor, AssetRelationshipId id);
}
