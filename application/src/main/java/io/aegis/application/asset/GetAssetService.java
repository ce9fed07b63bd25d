package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.GetAssetUseCase;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;

/** One asset as the inventory lists it, its owner's and category's names included; one out of scope is not found. */
public record GetAssetService(UseCaseRunner run, AssetReadModel readModel) implements GetAssetUseCase {

    @Override
    public AssetView get(Actor actor, AssetId id) {
        return run.readIn(actor, Permission.ASSET_READ, "asset.read",
                scope -> readModel.find(id, scope).orElseThrow(() -> new NotFoundException("asset", id)));
    }
}
