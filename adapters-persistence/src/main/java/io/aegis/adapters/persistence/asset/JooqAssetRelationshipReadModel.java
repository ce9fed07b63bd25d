package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.Assets;
import io.aegis.application.asset.port.in.AssetRelationshipSortField;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.in.ListAssetRelationshipsQuery;
import io.aegis.application.asset.port.out.AssetRelationshipReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Relationships in SQL: one page query, both assets' names joined, and one count. */
public final class JooqAssetRelationshipReadModel implements AssetRelationshipReadModel {

    private static final Assets SOURCE = ASSETS.as("source_asset");
    private static final Assets TARGET = ASSETS.as("target_asset");
    private static final Field<String> SOURCE_NAME = SOURCE.NAME.as("source_asset_name");
    private static final Field<String> TARGET_NAME = TARGET.NAME.as("target_asset_name");

    private final DSLContext dsl;

    public JooqAssetRelationshipReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AssetRelationshipView> list(ListAssetRelationshipsQuery query, Scope scope) {
        Condition where = bothEndsIn(scope).and(matching(query));
        List<AssetRelationshipView> items = withNames()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAssetRelationshipReadModel::column, ASSET_RELATIONSHIPS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqAssetRelationshipReadModel::view);
        long total = dsl.fetchCount(ASSET_RELATIONSHIPS, where);
        return Page.of(items, total, query.page());
    }

    @Override
    public Optional<AssetRelationshipView> find(AssetRelationshipId id, Scope scope) {
        return withNames()
                .where(ASSET_RELATIONSHIPS.ID.eq(Math.toIntExact(id.value())))
                .and(bothEndsIn(scope))
                .fetchOptional(JooqAssetRelationshipReadModel::view);
    }

    private SelectOnConditionStep<Record> withNames() {
        return dsl.select(ASSET_RELATIONSHIPS.fields()).select(SOURCE_NAME, TARGET_NAME)
                .from(ASSET_RELATIONSHIPS)
                .join(SOURCE).on(SOURCE.ID.eq(ASSET_RELATIONSHIPS.SOURCE_ASSET_ID))
                .join(TARGET).on(TARGET.ID.eq(ASSET_RELATIONSHIPS.TARGET_ASSET_ID));
    }

    private static AssetRelationshipView view(Record row) {
        return AssetRelationshipView.of(AssetRelationshipRows.toDomain(row.into(ASSET_RELATIONSHIPS)))
                .named(row.get(SOURCE_NAME), row.get(TARGET_NAME));
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
        where = where.and(q.types().isEmpty() ? DSL.noCondition()
                : ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(q.types().stream().map(RelationshipType::key).toList()));
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
