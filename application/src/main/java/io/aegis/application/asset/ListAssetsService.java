package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.in.ListAssetsUseCase;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListAssetsService(UseCaseRunner run, AssetReadModel readModel) implements ListAssetsUseCase {

    @Override
    public Page<AssetView> list(Actor actor, ListAssetsQuery query) {
        return run.readIn(actor, Permission.ASSET_READ, "asset.list", scope -> readModel.list(query, scope));
    }
}
