package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.port.Page;
import io.aegis.domain.organisation.Scope;

/** Lists straight from storage: filters, order and paging in one query, and one count. */
public interface AssetReadModel {

    /** The matches among the assets of {@code scope}'s units: the scope filters the query, the page and its total. */
    Page<AssetView> list(ListAssetsQuery query, Scope scope);
}
