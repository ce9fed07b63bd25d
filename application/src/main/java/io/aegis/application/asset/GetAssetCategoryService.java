package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.GetAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.Permission;

public final class GetAssetCategoryService implements GetAssetCategoryUseCase {

    private final AccessGuard guard;
    private final AssetCategoryRepository categories;

    public GetAssetCategoryService(AccessGuard guard, AssetCategoryRepository categories) {
        this.guard = guard;
        this.categories = categories;
    }

    @Override
    public AssetCategoryView get(Actor actor, AssetCategoryId id) {
        guard.require(actor, Permission.ASSET_READ, "asset_category.read");
        return AssetCategoryView.of(AssetCategoryServiceSupport.load(categories, id));
    }
}
