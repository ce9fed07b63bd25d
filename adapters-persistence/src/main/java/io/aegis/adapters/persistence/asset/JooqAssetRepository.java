package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.AssetsRecord;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqAssetRepository implements AssetRepository {

    private static final VersionedTable<AssetsRecord> TABLE =
            new VersionedTable<>(ASSETS, ASSETS.ID, ASSETS.CREATED_AT, ASSETS.UPDATED_AT);

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
        return asset.identifiedAs(new AssetId(TABLE.insert(dsl, AssetRows.newRow(asset))));
    }

    @Override
    public boolean update(Asset asset, Instant expectedVersion) {
        return TABLE.update(dsl, AssetRows.newRow(asset), asset.id().orElseThrow().value(), expectedVersion);
    }
}
