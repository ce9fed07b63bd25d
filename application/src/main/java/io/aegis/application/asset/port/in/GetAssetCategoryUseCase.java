package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetCategoryId;

public interface GetAssetCategoryUseCase {

    /** Inactive categories are found too. @throws io.aegis.application.port.NotFoundException */
    AssetCategoryView get(Actor actor, AssetCategoryId id);
}
