package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.asset.port.in.AssetRelationshipSortField;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqAssetRelationshipReadModel implements AssetRelationshipReadModel {

    private final DSLContext dsl;

    public JooqAssetRelationshipReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AssetRelationshipView> list(ListAssetRelationshipsQuery query, Scope scope) {
        Condition where = bothEndsIn(scope).and(matching(query));
        List<AssetRelationshipView> items = dsl.selectFrom(ASSET_RELATIONSHIPS)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAssetRelationshipReadModel::column, ASSET_RELATIONSHIPS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> AssetRelationshipView.of(AssetRelationshipRows.toDomain(row)));
        long total = dsl.fetchCount(ASSET_RELATIONSHIPS, where);
        return Page.of(items, total, query.page());
    }

    /** A relationship is visible when both its assets are; an unlimited scope needs no look at the assets. */
    private static Condition bothEndsIn(Scope scope) {
        if (scope.unlimited()) {
            return DSL.noCondition();
        }
        var visible = DSL.select(ASSETS.ID).from(ASSETS).where(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, scope));
        return ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.in(visible).and(ASSET_RELATIONSHIPS.TARGET_ASSET_ID.in(visible));
    }

    private static Condition matching(ListAssetRelationshipsQuery q) {
        Condition where = q.asset().map(asset -> switch (q.direction()) {
            case OUTGOING -> ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.eq(id(asset));
            case INCOMING -> ASSET_RELATIONSHIPS.TARGET_ASSET_ID.eq(id(asset));
            case BOTH -> ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.eq(id(asset))
                    .or(ASSET_RELATIONSHIPS.TARGET_ASSET_ID.eq(id(asset)));
        }).orElse(DSL.noCondition());
        where = where.and(q.source().map(s -> ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.eq(id(s))).orElse(DSL.noCondition()));
        where = where.and(q.target().map(t -> ASSET_RELATIONSHIPS.TARGET_ASSET_ID.eq(id(t))).orElse(DSL.noCondition()));
        where = where.and(q.type().map(t -> ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.eq(t.key()))
                .orElse(DSL.noCondition()));
        where = where.and(q.critical().map(ASSET_RELATIONSHIPS.IS_CRITICAL_DEPENDENCY::eq).orElse(DSL.noCondition()));
        return where;
    }

    private static Integer id(AssetId asset) {
        return Math.toIntExact(asset.value());
    }

    private static Field<?> column(AssetRelationshipSortField field) {
        return switch (field) {
            case ID -> ASSET_RELATIONSHIPS.ID;
            case RELATIONSHIP_TYPE -> ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE;
            case CREATED_AT -> ASSET_RELATIONSHIPS.CREATED_AT;
        };
    }
}
