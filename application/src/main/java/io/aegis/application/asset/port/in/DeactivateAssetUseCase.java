package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetId;

public interface DeactivateAssetUseCase {

    /** Soft delete; deactivating an inactive asset changes nothing. @throws io.aegis.application.port.NotFoundException */
    void deactivate(Actor actor, AssetId id);
}
