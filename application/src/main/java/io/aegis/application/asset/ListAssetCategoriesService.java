package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.in.ListAssetCategoriesUseCase;
import io.aegis.application.asset.port.out.AssetCategoryReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListAssetCategoriesService(UseCaseRunner run, AssetCategoryReadModel readModel)
        implements ListAssetCategoriesUseCase {

    @Override
    public Page<AssetCategoryView> list(Actor actor, ListAssetCategoriesQuery query) {
        // categories are organisation-wide, of no unit: whoever reads assets in any unit may read them all
        run.requireSomewhere(actor, Permission.ASSET_READ, "asset_category.list");
        return readModel.list(query);
    }
}
