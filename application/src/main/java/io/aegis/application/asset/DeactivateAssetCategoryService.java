package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.DeactivateAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.identity.Permission;

public record DeactivateAssetCategoryService(UseCaseRunner run, AssetCategoryRepository categories)
        implements DeactivateAssetCategoryUseCase {

    @Override
    public void deactivate(Actor actor, AssetCategoryId id) {
        run.change(actor, Permission.ASSET_WRITE, "asset_category.deactivate", change -> {
            AssetCategory current = AssetCategoryServiceSupport.load(categories, id);
            if (current.active()) {
                AssetCategory deactivated = current.deactivate(change.now());
                StaleVersionException.requireWritten(categories.update(deactivated, current.version()),
                        ExpectedVersion.ANY, "asset category", id);
                change.audit(AssetCategoryServiceSupport.RESOURCE, id.value(), AssetCategoryView.of(current),
                        AssetCategoryView.of(deactivated));
            }
            return null;
        });
    }
}
