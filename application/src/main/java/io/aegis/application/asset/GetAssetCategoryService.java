package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.GetAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.asset.AssetCategoryId;

public final class GetAssetCategoryService implements GetAssetCategoryUseCase {

    private final AssetCategoryRepository categories;

    public GetAssetCategoryService(AssetCategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public AssetCategoryView get(Actor actor, AssetCategoryId id) {
        actor.require(Permission.ASSET_READ);
        return AssetCategoryView.of(AssetCategoryServiceSupport.load(categories, id));
    }
}
