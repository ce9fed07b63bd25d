package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.OwnerNames.OWNER;
import static io.aegis.adapters.persistence.OwnerNames.OWNER_NAME;
import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.asset.port.in.AssetSortField;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ListAssetsQuery;
import io.aegis.application.asset.port.out.AssetReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Optional;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** The inventory in SQL: one page query, the owner's and category's names joined, and one count. */
public final class JooqAssetReadModel implements AssetReadModel {

    private static final Field<String> CATEGORY_NAME = ASSET_CATEGORIES.NAME.as("category_name");

    private final DSLContext dsl;

    public JooqAssetReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AssetView> list(ListAssetsQuery query, Scope scope) {
        Condition where = ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, scope).and(matching(query));
        List<AssetView> items = withNames()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAssetReadModel::column, ASSETS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqAssetReadModel::view);
        long total = dsl.fetchCount(ASSETS, where);
        return Page.of(items, total, query.page());
    }

    @Override
    public Optional<AssetView> find(AssetId id, Scope scope) {
        return withNames()
                .where(ASSETS.ID.eq(Math.toIntExact(id.value())))
                .and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, scope))
                .fetchOptional(JooqAssetReadModel::view);
    }

    /** Assets with their owner's display name (full name, else username) and their category's name. */
    private SelectOnConditionStep<Record> withNames() {
        return dsl.select(ASSETS.fields()).select(OWNER_NAME, CATEGORY_NAME)
                .from(ASSETS)
                .leftJoin(OWNER).on(OWNER.ID.eq(ASSETS.OWNER_ID))
                .leftJoin(ASSET_CATEGORIES).on(ASSET_CATEGORIES.ID.eq(ASSETS.CATEGORY_ID));
    }

    private static AssetView view(Record row) {
        return AssetView.of(AssetRows.toDomain(row.into(ASSETS))).named(row.get(OWNER_NAME), row.get(CATEGORY_NAME));
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
        where = where.and(anyOf(ASSETS.ASSET_TYPE, q.types().stream().map(AssetType::key).toList()));
        where = where.and(anyOf(ASSETS.CRITICALITY, q.criticalities().stream().map(Criticality::key).toList()));
        where = where.and(q.categoryId().map(c -> ASSETS.CATEGORY_ID.eq(Math.toIntExact(c.value())))
                .orElse(DSL.noCondition()));
        where = where.and(q.ownerId().map(o -> ASSETS.OWNER_ID.eq(Math.toIntExact(o.value())))
                .orElse(DSL.noCondition()));
        where = where.and(anyOf(ASSETS.STATUS, q.statuses().stream().map(AssetStatus::key).toList()));
        where = where.and(q.createdBy().map(u -> ASSETS.CREATED_BY.eq(Math.toIntExact(u.value())))
                .orElse(DSL.noCondition()));
        where = where.and(q.createdFrom().map(ASSETS.CREATED_AT::ge).orElse(DSL.noCondition()));
        where = where.and(q.createdTo().map(ASSETS.CREATED_AT::lt).orElse(DSL.noCondition()));
        where = where.and(q.orgUnit().map(u -> ASSETS.ORG_UNIT_ID.eq(Math.toIntExact(u.value())))
                .orElse(DSL.noCondition()));
        return where;
    }

    private static Condition anyOf(Field<String> column, List<String> keys) {
        return keys.isEmpty() ? DSL.noCondition() : column.in(keys);
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
