package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetId;

public interface GetAssetUseCase {

    /** Inactive assets are found too. @throws io.aegis.application.port.NotFoundException */
    AssetView get(Actor actor, AssetId id);
}
