package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.GetAssetUseCase;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;

public record GetAssetService(UseCaseRunner run, AssetRepository assets) implements GetAssetUseCase {

    @Override
    public AssetView get(Actor actor, AssetId id) {
        return run.readIn(actor, Permission.ASSET_READ, "asset.read",
                scope -> AssetView.of(AssetServiceSupport.loadVisible(assets, id, scope)));
    }
}
