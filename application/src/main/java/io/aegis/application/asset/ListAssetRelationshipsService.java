package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.in.ListAssetRelationshipsUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListAssetRelationshipsService(UseCaseRunner run, AssetRepository assets,
                                            AssetRelationshipReadModel readModel)
        implements ListAssetRelationshipsUseCase {

    private static final String ACTION = "asset_relationship.list";

    @Override
    public Page<AssetRelationshipView> list(Actor actor, ListAssetRelationshipsQuery query) {
        return run.readIn(actor, Permission.ASSET_READ, ACTION, scope -> readModel.list(query, scope));
    }

    @Override
    public Page<AssetRelationshipView> listOfAsset(Actor actor, ListAssetRelationshipsQuery query) {
        return run.readIn(actor, Permission.ASSET_READ, ACTION, scope -> {
            AssetServiceSupport.loadVisible(assets, query.asset().orElseThrow(
                    () -> new IllegalArgumentException("the query names no asset")), scope);
            return readModel.list(query, scope);
        });
    }
}
