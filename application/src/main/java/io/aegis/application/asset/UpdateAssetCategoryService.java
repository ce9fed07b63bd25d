package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.UpdateAssetCategoryCommand;
import io.aegis.application.asset.port.in.UpdateAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.identity.Permission;
import java.util.Optional;

public record UpdateAssetCategoryService(UseCaseRunner run, AssetCategoryRepository categories)
        implements UpdateAssetCategoryUseCase {

    @Override
    public AssetCategoryView update(Actor actor, UpdateAssetCategoryCommand command) {
        return run.change(actor, Permission.ASSET_WRITE, "asset_category.update", change -> {
            AssetCategory current = AssetCategoryServiceSupport.load(categories, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "asset category",
                    command.id());
            AssetCategory changed = current.revise(
                    command.name().orElse(current.name()),
                    command.description().orElse(current.description()),
                    command.color().orElse(current.color()),
                    command.active().orElse(current.active()),
                    change.now());
            if (changed.isRenamedFrom(current)) {
                AssetCategoryServiceSupport.requireFree(categories, changed.name(), Optional.of(command.id()));
            }
            StaleVersionException.requireWritten(categories.update(changed, current.version()),
                    command.expectedVersion(), "asset category", command.id());
            AssetCategoryView after = AssetCategoryView.of(changed);
            change.audit(AssetCategoryServiceSupport.RESOURCE, after.id(), AssetCategoryView.of(current), after);
            return after;
        });
    }
}
