package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;

import io.aegis.adapters.persistence.StoredVersions;
import io.aegis.adapters.persistence.jooq.tables.records.AssetsRecord;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqAssetRepository implements AssetRepository {

    private final DSLContext dsl;

    public JooqAssetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Asset> findById(AssetId id) {
        return dsl.selectFrom(ASSETS)
                .where(ASSETS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(AssetRows::toDomain);
    }

    @Override
    public Asset insert(Asset asset) {
        Integer id = dsl.insertInto(ASSETS)
                .set(AssetRows.newRow(asset))
                .returningResult(ASSETS.ID)
                .fetchOne(ASSETS.ID);
        return asset.identifiedAs(new AssetId(id));
    }

    @Override
    public boolean update(Asset asset, Instant expectedVersion) {
        AssetsRecord row = AssetRows.newRow(asset);
        return dsl.update(ASSETS)
                .set(row)
                .where(ASSETS.ID.eq(Math.toIntExact(asset.id().orElseThrow().value())))
                .and(StoredVersions.unchanged(ASSETS.UPDATED_AT, ASSETS.CREATED_AT, expectedVersion))
                .execute() == 1;
    }
}
