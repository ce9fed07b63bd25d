package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.AssetsRecord;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
    public List<Asset> findByIds(Collection<AssetId> ids) {
        return IdBatches.fetch(ids.stream().map(id -> Math.toIntExact(id.value())).toList(),
                batch -> dsl.selectFrom(ASSETS).where(ASSETS.ID.in(batch)).fetch(AssetRows::toDomain));
    }

    @Override
    public List<Asset> findByNames(Collection<AssetName> names) {
        // MySQL/MariaDB compare this column ignoring case: the exact match is made here, as SQLite makes it
        return IdBatches.fetch(names.stream().map(AssetName::value).toList(),
                        batch -> dsl.selectFrom(ASSETS).where(ASSETS.NAME.in(batch)).fetch(AssetRows::toDomain))
                .stream().filter(asset -> names.contains(asset.profile().name())).toList();
    }

    @Override
    public Asset insert(Asset asset) {
        return asset.identifiedAs(new AssetId(TABLE.insert(dsl, AssetRows.newRow(asset))));
    }

    @Override
    public List<Asset> insertAll(List<Asset> assets) {
        List<Long> ids = TABLE.insertAll(dsl, assets.stream().map(AssetRows::newRow).toList(),
                List.of(ASSETS.NAME, ASSETS.ASSET_TYPE));
        return IntStream.range(0, assets.size())
                .mapToObj(i -> assets.get(i).identifiedAs(new AssetId(ids.get(i)))).toList();
    }

    @Override
    public boolean update(Asset asset, Instant expectedVersion) {
        return TABLE.update(dsl, AssetRows.newRow(asset), asset.id().orElseThrow().value(), expectedVersion);
    }

    @Override
    public boolean updateAll(List<Asset> assets, List<Instant> expectedVersions) {
        return TABLE.updateAll(dsl, assets.stream().map(AssetRows::newRow).toList(),
                assets.stream().map(asset -> asset.id().orElseThrow().value()).toList(), expectedVersions);
    }
}
