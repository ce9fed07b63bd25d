package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.Scope;
import java.util.Optional;

/**
 * Lists straight from storage: filters, order and paging in one query, and one count. Views carry the names of the
 * asset's owner and category, read in the same query.
 */
public interface AssetReadModel {

    /** The matches among the assets of {@code scope}'s units: the scope filters the query, the page and its total. */
    Page<AssetView> list(ListAssetsQuery query, Scope scope);

    /** One asset, deactivated ones too; empty when there is none of that id in {@code scope}. */
    Optional<AssetView> find(AssetId id, Scope scope);
}
