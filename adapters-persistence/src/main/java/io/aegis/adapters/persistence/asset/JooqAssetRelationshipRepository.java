package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;

import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.asset.RelationshipType;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqAssetRelationshipRepository implements AssetRelationshipRepository {

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
}
