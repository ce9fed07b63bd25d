package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;

/** Lists straight from storage: filters, order and paging in one query. */
@OrganisationWide("categories are one vocabulary for the whole organisation")
public interface AssetCategoryReadModel {

    Page<AssetCategoryView> list(ListAssetCategoriesQuery query);
}
