package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query, and one count. */
public interface AssetReadModel {

    Page<AssetView> list(ListAssetsQuery query);
}
