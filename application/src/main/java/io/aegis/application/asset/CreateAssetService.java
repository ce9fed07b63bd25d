package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.CreateAssetCommand;
import io.aegis.application.asset.port.in.CreateAssetUseCase;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.Optional;

public record CreateAssetService(UseCaseRunner run, AssetRepository assets, AssetReferences references,
                                 AssetCategoryRepository categories) implements CreateAssetUseCase {

    @Override
    public AssetView create(Actor actor, CreateAssetCommand command) {
        return run.changeIn(actor, Permission.ASSET_WRITE, "asset.create", change -> {
            OrgUnitId unit = UnitPlacement.ofNewRow(change, command.orgUnit(), references::activeUnit);
            AssetServiceSupport.requireReferences(references, categories, Optional.empty(), command.profile());
            AssetView view = AssetView.of(assets.insert(
                    Asset.register(command.profile(), unit, actor.userId().map(UserId::new), change.now())));
            change.auditIn(unit, AssetServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
