package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqAssetReadModel implements AssetReadModel {

    private final DSLContext dsl;

    public JooqAssetReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AssetView> list(ListAssetsQuery query, Scope scope) {
        Condition where = ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, scope).and(matching(query));
        List<AssetView> items = dsl.selectFrom(ASSETS)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAssetReadModel::column, ASSETS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> AssetView.of(AssetRows.toDomain(row)));
        long total = dsl.fetchCount(ASSETS, where);
        return Page.of(items, total, query.page());
    }

    private static Condition matching(ListAssetsQuery q) {
        Condition where = q.includeInactive() ? DSL.noCondition() : ASSETS.IS_ACTIVE.isTrue();
        if (q.text().isPresent()) {
            String text = q.text().get();
            // contains() escapes LIKE's wildcards, so % and _ are searched for literally
            where = where.and(ASSETS.NAME.containsIgnoreCase(text)
                    .or(ASSETS.HOSTNAME.containsIgnoreCase(text))
                    .or(ASSETS.IP_ADDRESS.containsIgnoreCase(text)));
        }
        where = where.and(q.name().map(ASSETS.NAME::equalIgnoreCase).orElse(DSL.noCondition()));
        where = where.and(q.type().map(t -> ASSETS.ASSET_TYPE.eq(t.key())).orElse(DSL.noCondition()));
        where = where.and(q.criticality().map(c -> ASSETS.CRITICALITY.eq(c.key())).orElse(DSL.noCondition()));
        where = where.and(q.categoryId().map(c -> ASSETS.CATEGORY_ID.eq(Math.toIntExact(c.value())))
                .orElse(DSL.noCondition()));
        where = where.and(q.ownerId().map(o -> ASSETS.OWNER_ID.eq(Math.toIntExact(o.value())))
                .orElse(DSL.noCondition()));
        where = where.and(q.status().map(s -> ASSETS.STATUS.eq(s.key())).orElse(DSL.noCondition()));
        where = where.and(q.createdBy().map(u -> ASSETS.CREATED_BY.eq(Math.toIntExact(u.value())))
                .orElse(DSL.noCondition()));
        where = where.and(q.createdFrom().map(ASSETS.CREATED_AT::ge).orElse(DSL.noCondition()));
        where = where.and(q.createdTo().map(ASSETS.CREATED_AT::lt).orElse(DSL.noCondition()));
        where = where.and(q.orgUnit().map(u -> ASSETS.ORG_UNIT_ID.eq(Math.toIntExact(u.value())))
                .orElse(DSL.noCondition()));
        return where;
    }

    private static Field<?> column(AssetSortField field) {
        return switch (field) {
            case ID -> ASSETS.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(ASSETS.NAME);
            case ASSET_TYPE -> ASSETS.ASSET_TYPE;
            case CRITICALITY -> severity();
            case STATUS -> ASSETS.STATUS;
            case CATEGORY_ID -> ASSETS.CATEGORY_ID;
            case OWNER_ID -> ASSETS.OWNER_ID;
            case CREATED_BY -> ASSETS.CREATED_BY;
            case CREATED_AT -> ASSETS.CREATED_AT;
            case UPDATED_AT -> ASSETS.UPDATED_AT;
        };
    }

    /** Criticality's rank (low 0 ... critical 3), from the enum's order; NULL as the column's default, medium. */
    private static Field<Integer> severity() {
        CaseValueStep<String> criticality = DSL.choose(DSL.coalesce(ASSETS.CRITICALITY,
                DSL.inline(Criticality.MEDIUM.key())));
        Criticality[] levels = Criticality.values();
        CaseWhenStep<String, Integer> ranked = criticality.when(DSL.inline(levels[0].key()), DSL.inline(0));
        for (int rank = 1; rank < levels.length; rank++) {
            ranked = ranked.when(DSL.inline(levels[rank].key()), DSL.inline(rank));
        }
        return ranked.otherwise(DSL.inline(-1));
    }
}
