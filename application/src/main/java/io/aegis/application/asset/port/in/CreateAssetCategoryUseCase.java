package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;

public interface CreateAssetCategoryUseCase {

    /** @throws io.aegis.application.port.ConflictException when the name is taken (ignoring case) */
    AssetCategoryView create(Actor actor, CreateAssetCategoryCommand command);
}
