package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetCategoryId;

public interface DeactivateAssetCategoryUseCase {

    /** Soft delete; deactivating an inactive category changes nothing. @throws io.aegis.application.port.NotFoundException */
    void deactivate(Actor actor, AssetCategoryId id);
}
