package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.jooq.tables.Assets;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.RelationshipType.Direction;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.organisation.Scope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The risk roll-up's port over the asset tables; it lives here because the relationship row mapping does. */
public final class JooqAssetDependencyGraph implements AssetDependencyGraph {

    private static final List<String> SOURCE_NEEDS_TARGET = typesWhere(Direction.SOURCE_NEEDS_TARGET);
    private static final List<String> TARGET_NEEDS_SOURCE = typesWhere(Direction.TARGET_NEEDS_SOURCE);

    private final DSLContext dsl;

    public JooqAssetDependencyGraph(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean assetExists(AssetId id, Scope visible) {
        return dsl.fetchExists(ASSETS, ASSETS.ID.eq(Math.toIntExact(id.value()))
                .and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, visible)));
    }

    @Override
    public Set<AssetId> visibleAmong(Set<AssetId> assets, Scope visible) {
        List<Integer> ids = IdBatches.fetch(ids(assets), batch -> dsl.select(ASSETS.ID).from(ASSETS)
                .where(ASSETS.ID.in(batch)).and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, visible)).fetch(ASSETS.ID));
        return ids.stream().map(AssetId::new).collect(Collectors.toSet());
    }

    @Override
    public Map<AssetId, String> namesAmong(Set<AssetId> assets, Scope visible) {
        Map<AssetId, String> names = new LinkedHashMap<>();
        IdBatches.fetch(ids(assets), batch -> dsl.select(ASSETS.ID, ASSETS.NAME).from(ASSETS)
                        .where(ASSETS.ID.in(batch)).and(ScopeConditions.rowsIn(ASSETS.ORG_UNIT_ID, visible))
                        .orderBy(ASSETS.ID).fetch())
                .forEach(row -> names.put(new AssetId(row.value1()), row.value2()));
        return names;
    }

    @Override
    public List<AssetRelationship> criticalDependenciesOf(Set<AssetId> dependents) {
        // the dependent is the source of a depends_on, the target of a hosts
        return IdBatches.fetch(ids(dependents), batch -> criticalEdges(
                ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(SOURCE_NEEDS_TARGET)
                        .and(ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.in(batch))
                        .or(ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(TARGET_NEEDS_SOURCE)
                                .and(ASSET_RELATIONSHIPS.TARGET_ASSET_ID.in(batch)))));
    }

    @Override
    public List<AssetRelationship> criticalDependentsOf(Set<AssetId> providers) {
        // the provider is the target of a depends_on, the source of a hosts
        return IdBatches.fetch(ids(providers), batch -> criticalEdges(
                ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(SOURCE_NEEDS_TARGET)
                        .and(ASSET_RELATIONSHIPS.TARGET_ASSET_ID.in(batch))
                        .or(ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(TARGET_NEEDS_SOURCE)
                                .and(ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.in(batch)))));
    }

    /**
     * The critical dependencies {@code ends} selects, between active assets, in relationship order. The relationships
     * are the only table the query reads from, so that the indexes on their two ends serve {@code ends}; the assets'
     * activity is looked up by primary key. Joined instead, the assets made SQLite read every active asset at each
     * step of a walk (BENCHMARKS.md).
     */
    private List<AssetRelationship> criticalEdges(Condition ends) {
        return dsl.select(ASSET_RELATIONSHIPS.fields())
                .from(ASSET_RELATIONSHIPS)
                .where(ASSET_RELATIONSHIPS.IS_CRITICAL_DEPENDENCY.isTrue())
                .and(ends)
                .and(active(ASSET_RELATIONSHIPS.SOURCE_ASSET_ID, "source"))
                .and(active(ASSET_RELATIONSHIPS.TARGET_ASSET_ID, "target"))
                .orderBy(ASSET_RELATIONSHIPS.ID)
                .fetch(row -> AssetRelationshipRows.edge(row.into(ASSET_RELATIONSHIPS)));
    }

    private Condition active(Field<Integer> asset, String alias) {
        Assets end = ASSETS.as(alias);
        return DSL.exists(DSL.selectOne().from(end).where(end.ID.eq(asset)).and(end.IS_ACTIVE.isTrue()));
    }

    private static List<Integer> ids(Set<AssetId> assets) {
        return assets.stream().map(id -> Math.toIntExact(id.value())).toList();
    }

    private static List<String> typesWhere(Direction direction) {
        return Arrays.stream(RelationshipType.values()).filter(type -> type.direction() == direction)
                .map(RelationshipType::key).toList();
    }
}
