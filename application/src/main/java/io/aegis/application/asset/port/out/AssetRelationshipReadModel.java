package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query, and one count. */
public interface AssetRelationshipReadModel {

    Page<AssetRelationshipView> list(ListAssetRelationshipsQuery query);
}
