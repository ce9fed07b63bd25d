package io.aegis.application.asset.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListAssetRelationshipsUseCase {

    Page<AssetRelationshipView> list(Actor actor, ListAssetRelationshipsQuery query);

    /**
     * The relationships of the asset the query names, in its direction.
     *
     * @throws io.aegis.application.port.NotFoundException for an unknown asset (an inactive one is listed)
     */
    Page<AssetRelationshipView> listOfAsset(Actor actor, ListAssetRelationshipsQuery query);
}
