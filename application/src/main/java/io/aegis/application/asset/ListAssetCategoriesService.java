package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.in.ListAssetCategoriesUseCase;
import io.aegis.application.asset.port.out.AssetCategoryReadModel;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Permission;

public final class ListAssetCategoriesService implements ListAssetCategoriesUseCase {

    private final AccessGuard guard;
    private final AssetCategoryReadModel readModel;

    public ListAssetCategoriesService(AccessGuard guard, AssetCategoryReadModel readModel) {
        this.guard = guard;
        this.readModel = readModel;
    }

    @Override
    public Page<AssetCategoryView> list(Actor actor, ListAssetCategoriesQuery query) {
        guard.require(actor, Permission.ASSET_READ, "asset_category.list");
        return readModel.list(query);
    }
}
