package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.GetAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.Permission;

public record GetAssetCategoryService(UseCaseRunner run, AssetCategoryRepository categories)
        implements GetAssetCategoryUseCase {

    @Override
    public AssetCategoryView get(Actor actor, AssetCategoryId id) {
        // categories are organisation-wide, of no unit: whoever reads assets in any unit may read them all
        run.requireSomewhere(actor, Permission.ASSET_READ, "asset_category.read");
        return AssetCategoryView.of(AssetCategoryServiceSupport.load(categories, id));
    }
}
