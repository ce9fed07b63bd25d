package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.GetAssetUseCase;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;

public final class GetAssetService implements GetAssetUseCase {

    private final AccessGuard guard;
    private final AssetRepository assets;

    public GetAssetService(AccessGuard guard, AssetRepository assets) {
        this.guard = guard;
        this.assets = assets;
    }

    @Override
    public AssetView get(Actor actor, AssetId id) {
        guard.require(actor, Permission.ASSET_READ, "asset.read");
        return AssetView.of(AssetServiceSupport.load(assets, id));
    }
}
