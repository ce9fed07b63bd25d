package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.CreateAssetCategoryCommand;
import io.aegis.application.asset.port.in.CreateAssetCategoryUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.identity.Permission;
import java.util.Optional;

public record CreateAssetCategoryService(UseCaseRunner run, AssetCategoryRepository categories)
        implements CreateAssetCategoryUseCase {

    @Override
    public AssetCategoryView create(Actor actor, CreateAssetCategoryCommand command) {
        return run.change(actor, Permission.ASSET_WRITE, "asset_category.create", change -> {
            AssetCategoryServiceSupport.requireFree(categories, command.name(), Optional.empty());
            AssetCategoryView view = AssetCategoryView.of(categories.insert(
                    AssetCategory.define(command.name(), command.description(), command.color(), change.now())));
            change.audit(AssetCategoryServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
