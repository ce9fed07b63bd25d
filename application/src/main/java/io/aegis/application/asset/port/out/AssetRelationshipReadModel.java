package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.organisation.Scope;
import java.util.Optional;

/** Lists straight from storage: filters, order and paging in one query (both assets' names joined), and one count. */
public interface AssetRelationshipReadModel {

    /**
     * The matches among the relationships whose source and target both belong to {@code scope}'s units: a
     * relationship to an asset the reader cannot see is not shown, nor counted.
     */
    Page<AssetRelationshipView> list(ListAssetRelationshipsQuery query, Scope scope);

    /** One relationship; empty when there is none of that id whose two assets are in {@code scope}. */
    Optional<AssetRelationshipView> find(AssetRelationshipId id, Scope scope);
}
