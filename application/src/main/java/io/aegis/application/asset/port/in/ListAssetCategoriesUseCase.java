package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListAssetCategoriesUseCase {

    Page<AssetCategoryView> list(Actor actor, ListAssetCategoriesQuery query);
}
