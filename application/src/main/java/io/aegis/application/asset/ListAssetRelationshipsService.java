package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.in.ListAssetRelationshipsUseCase;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Permission;

public final class ListAssetRelationshipsService implements ListAssetRelationshipsUseCase {

    private final AccessGuard guard;
    private final AssetRepository assets;
    private final AssetRelationshipReadModel readModel;

    public ListAssetRelationshipsService(AccessGuard guard, AssetRepository assets,
                                         AssetRelationshipReadModel readModel) {
        this.guard = guard;
        this.assets = assets;
        this.readModel = readModel;
    }

    @Override
    public Page<AssetRelationshipView> list(Actor actor, ListAssetRelationshipsQuery query) {
        guard.require(actor, Permission.ASSET_READ, "asset_relationship.list");
        return readModel.list(query);
    }

    @Override
    public Page<AssetRelationshipView> listOfAsset(Actor actor, ListAssetRelationshipsQuery query) {
        guard.require(actor, Permission.ASSET_READ, "asset_relationship.list");
        AssetServiceSupport.load(assets, query.asset().orElseThrow(
                () -> new IllegalArgumentException("the query names no asset")));
        return readModel.list(query);
    }
}
