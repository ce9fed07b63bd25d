package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import java.util.Optional;

public record CreateAssetService(UseCaseRunner run, AssetRepository assets, AssetReferences references,
                                 AssetCategoryRepository categories) implements CreateAssetUseCase {

    @Override
    public AssetView create(Actor actor, CreateAssetCommand command) {
        return run.change(actor, Permission.ASSET_WRITE, "asset.create", change -> {
            AssetServiceSupport.requireReferences(references, categories, Optional.empty(), command.profile());
            AssetView view = AssetView.of(assets.insert(
                    Asset.register(command.profile(), actor.userId().map(UserId::new), change.now())));
            change.audit(AssetServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
