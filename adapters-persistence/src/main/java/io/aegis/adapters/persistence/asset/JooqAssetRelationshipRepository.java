package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.jooq.tables.Assets;
import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.asset.RelationshipType.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

public final class JooqAssetRelationshipRepository implements AssetRelationshipRepository {

    private static final List<String> SOURCE_NEEDS_TARGET = typesWhere(Direction.SOURCE_NEEDS_TARGET);
    private static final List<String> TARGET_NEEDS_SOURCE = typesWhere(Direction.TARGET_NEEDS_SOURCE);

    private final DSLContext dsl;

    public JooqAssetRelationshipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AssetRelationshipEntry> findById(AssetRelationshipId id) {
        return dsl.selectFrom(ASSET_RELATIONSHIPS)
                .where(ASSET_RELATIONSHIPS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(AssetRelationshipRows::toDomain);
    }

    @Override
    public boolean exists(AssetId source, AssetId target, RelationshipType type) {
        return dsl.fetchExists(ASSET_RELATIONSHIPS, ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.eq(Math.toIntExact(source.value()))
                .and(ASSET_RELATIONSHIPS.TARGET_ASSET_ID.eq(Math.toIntExact(target.value())))
                .and(ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.eq(type.key())));
    }

    @Override
    public AssetRelationshipEntry insert(AssetRelationshipEntry entry) {
        Integer id = dsl.insertInto(ASSET_RELATIONSHIPS)
                .set(AssetRelationshipRows.fill(ASSET_RELATIONSHIPS.newRecord(), entry))
                .returningResult(ASSET_RELATIONSHIPS.ID)
                .fetchOne(ASSET_RELATIONSHIPS.ID);
        return entry.identifiedAs(new AssetRelationshipId(id));
    }

    @Override
    public boolean update(AssetRelationshipEntry entry) {
        return dsl.update(ASSET_RELATIONSHIPS)
                .set(ASSET_RELATIONSHIPS.DESCRIPTION, entry.description().map(d -> d.value()).orElse(null))
                .set(ASSET_RELATIONSHIPS.IS_CRITICAL_DEPENDENCY, entry.edge().critical())
                .where(ASSET_RELATIONSHIPS.ID.eq(Math.toIntExact(entry.id().orElseThrow().value())))
                .execute() == 1;
    }

    @Override
    public boolean delete(AssetRelationshipId id) {
        return dsl.deleteFrom(ASSET_RELATIONSHIPS)
                .where(ASSET_RELATIONSHIPS.ID.eq(Math.toIntExact(id.value())))
                .execute() == 1;
    }

    @Override
    public List<AssetRelationship> criticalDependenciesOf(Set<AssetId> dependents) {
        return IdBatches.fetch(dependents.stream().map(id -> Math.toIntExact(id.value())).toList(),
                this::criticalDependenciesOf);
    }

    private List<AssetRelationship> criticalDependenciesOf(List<Integer> dependents) {
        Assets source = ASSETS.as("source");
        Assets target = ASSETS.as("target");
        return dsl.select(ASSET_RELATIONSHIPS.fields())
                .from(ASSET_RELATIONSHIPS)
                .join(source).on(source.ID.eq(ASSET_RELATIONSHIPS.SOURCE_ASSET_ID))
                .join(target).on(target.ID.eq(ASSET_RELATIONSHIPS.TARGET_ASSET_ID))
                .where(ASSET_RELATIONSHIPS.IS_CRITICAL_DEPENDENCY.isTrue())
                .and(ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(SOURCE_NEEDS_TARGET)
                        .and(ASSET_RELATIONSHIPS.SOURCE_ASSET_ID.in(dependents))
                        .or(ASSET_RELATIONSHIPS.RELATIONSHIP_TYPE.in(TARGET_NEEDS_SOURCE)
                                .and(ASSET_RELATIONSHIPS.TARGET_ASSET_ID.in(dependents))))
                .and(source.IS_ACTIVE.isTrue())
                .and(target.IS_ACTIVE.isTrue())
                .orderBy(ASSET_RELATIONSHIPS.ID)
                .fetch(row -> AssetRelationshipRows.edge(row.into(ASSET_RELATIONSHIPS)));
    }

    private static List<String> typesWhere(Direction direction) {
        return Arrays.stream(RelationshipType.values()).filter(type -> type.direction() == direction)
                .map(RelationshipType::key).toList();
    }
}
