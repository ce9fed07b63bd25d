package io.aegis.adapters.web.asset;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.PageLinks;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pager;
import io.aegis.adapters.web.page.Words;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inventory's list page (asset/inventory.jte): its filters as the URL has them, one page, links around it. */
public record InventoryPage(Chrome chrome, Filters filters, List<Row> rows, Pager pager, String exportLink,
                            boolean filtered) {

    public record Filters(String q, List<Option> types, List<Option> criticalities, List<Option> sorts) {
    }

    public record Row(long id, String name, String type, String criticality, String criticalityLabel, String owner,
                      String category, String address) {

        static Row of(AssetView asset) {
            return new Row(asset.id(), asset.name(), Words.label(asset.assetType()), asset.criticality(),
                    Words.label(asset.criticality()), asset.ownerName() == null ? "" : asset.ownerName(),
                    asset.categoryName() == null ? "" : asset.categoryName(),
                    asset.hostname() != null ? asset.hostname() : asset.ipAddress() == null ? "" : asset.ipAddress());
        }
    }

    static InventoryPage of(Context ctx, Chrome chrome, ListParams<AssetSortField> params, Page<AssetView> page) {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put(AssetSortField.NAME.key(), "Name, A to Z");
        sorts.put("-" + AssetSortField.CRITICALITY.key(), "Most critical first");
        sorts.put("-" + AssetSortField.UPDATED_AT.key(), "Recently changed first");
        Filters filters = new Filters(params.text("q").orElse(""),
                Option.ofKeys(AssetType.values(), AssetType::key, params.text("asset_type").orElse("")),
                Option.ofKeys(Criticality.values(), Criticality::key, params.text("criticality").orElse("")),
                Option.of(sorts, params.text("sort").orElse("")));
        return new InventoryPage(chrome, filters, page.items().stream().map(Row::of).toList(), Pager.of(ctx, page),
                PageLinks.elsewhere(ctx, InventoryPages.INVENTORY + "/export.csv", Set.of("limit", "offset")),
                !ctx.queryParamMap().isEmpty());
    }
}
