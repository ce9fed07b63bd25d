package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.port.Page;
import io.aegis.domain.organisation.Scope;

/** Lists straight from storage: filters, order and paging in one query, and one count. */
public interface AssetRelationshipReadModel {

    /**
     * The matches among the relationships whose source and target both belong to {@code scope}'s units: a
     * relationship to an asset the reader cannot see is not shown, nor counted.
     */
    Page<AssetRelationshipView> list(ListAssetRelationshipsQuery query, Scope scope);
}
