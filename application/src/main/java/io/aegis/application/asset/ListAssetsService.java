package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.in.ListAssetsUseCase;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Permission;

public final class ListAssetsService implements ListAssetsUseCase {

    private final AccessGuard guard;
    private final AssetReadModel readModel;

    public ListAssetsService(AccessGuard guard, AssetReadModel readModel) {
        this.guard = guard;
        this.readModel = readModel;
    }

    @Override
    public Page<AssetView> list(Actor actor, ListAssetsQuery query) {
        guard.require(actor, Permission.ASSET_READ, "asset.list");
        return readModel.list(query);
    }
}
