package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface UpdateAssetCategoryUseCase {

    /**
     * @throws io.aegis.application.port.NotFoundException     for an unknown id
     * @throws io.aegis.application.port.StaleVersionException when someone changed it since the expected version
     * @throws io.aegis.application.port.ConflictException     when the new name is taken
     */
    AssetCategoryView update(Actor actor, UpdateAssetCategoryCommand command);
}
