package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetRelationshipId;

public interface DeleteAssetRelationshipUseCase {

    /** Removes the edge for good (relationships have no soft delete). @throws io.aegis.application.port.NotFoundException */
    void delete(Actor actor, AssetRelationshipId id);
}
