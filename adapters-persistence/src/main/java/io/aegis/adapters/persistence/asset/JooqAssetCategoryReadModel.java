package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.asset.port.in.AssetCategorySortField;
import io.aegis.application.asset.port.in.AssetCategoryView;
import io.aegis.application.asset.port.in.ListAssetCategoriesQuery;
import io.aegis.application.asset.port.out.AssetCategoryReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.Names;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqAssetCategoryReadModel implements AssetCategoryReadModel {

    private final DSLContext dsl;

    public JooqAssetCategoryReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AssetCategoryView> list(ListAssetCategoriesQuery query) {
        Condition where = matching(query);
        List<AssetCategoryView> items = dsl.selectFrom(ASSET_CATEGORIES)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAssetCategoryReadModel::column, ASSET_CATEGORIES.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> AssetCategoryView.of(AssetCategoryRows.toDomain(row)));
        long total = dsl.fetchCount(ASSET_CATEGORIES, where);
        return Page.of(items, total, query.page());
    }

    private static Condition matching(ListAssetCategoriesQuery query) {
        Condition where = query.includeInactive() ? DSL.noCondition() : ASSET_CATEGORIES.IS_ACTIVE.isTrue();
        if (query.text().isPresent()) {
            String text = query.text().get();
            // contains() escapes LIKE's wildcards, so % and _ are searched for literally
            where = where.and(ASSET_CATEGORIES.NAME.containsIgnoreCase(text)
                    .or(ASSET_CATEGORIES.DESCRIPTION.containsIgnoreCase(text)));
        }
        if (query.name().isPresent()) {
            // the name as uniqueness compares it, so the filter finds the one category a name can mean
            where = where.and(ASSET_CATEGORIES.NAME_KEY.eq(Names.key(query.name().get())));
        }
        if (query.color().isPresent()) {
            where = where.and(ASSET_CATEGORIES.COLOR.equalIgnoreCase(query.color().map(HexColor::value).get()));
        }
        return where;
    }

    private static Field<?> column(AssetCategorySortField field) {
        return switch (field) {
            case ID -> ASSET_CATEGORIES.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(ASSET_CATEGORIES.NAME);
            case CREATED_AT -> ASSET_CATEGORIES.CREATED_AT;
            case UPDATED_AT -> ASSET_CATEGORIES.UPDATED_AT;
        };
    }
}
