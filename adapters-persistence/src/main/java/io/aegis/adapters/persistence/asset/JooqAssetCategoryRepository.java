package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.IdBatches;
import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.AssetCategoriesRecord;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqAssetCategoryRepository implements AssetCategoryRepository {

    private static final VersionedTable<AssetCategoriesRecord> TABLE = new VersionedTable<>(ASSET_CATEGORIES,
            ASSET_CATEGORIES.ID, ASSET_CATEGORIES.CREATED_AT, ASSET_CATEGORIES.UPDATED_AT);

    private final DSLContext dsl;

    public JooqAssetCategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AssetCategory> findById(AssetCategoryId id) {
        return dsl.selectFrom(ASSET_CATEGORIES)
                .where(ASSET_CATEGORIES.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(AssetCategoryRows::toDomain);
    }

    @Override
    public List<AssetCategory> findByNames(Collection<AssetCategoryName> names) {
        return IdBatches.fetch(names.stream().map(AssetCategoryName::key).distinct().toList(),
                batch -> dsl.selectFrom(ASSET_CATEGORIES).where(ASSET_CATEGORIES.NAME_KEY.in(batch))
                        .fetch(AssetCategoryRows::toDomain));
    }

    @Override
    public boolean nameTaken(AssetCategoryName name, Optional<AssetCategoryId> except) {
        Condition sameName = ASSET_CATEGORIES.NAME_KEY.eq(name.key());
        Condition other = except.map(id -> ASSET_CATEGORIES.ID.ne(Math.toIntExact(id.value())))
                .orElse(DSL.noCondition());
        return dsl.fetchExists(ASSET_CATEGORIES, sameName.and(other));
    }

    @Override
    public AssetCategory insert(AssetCategory category) {
        return category.identifiedAs(new AssetCategoryId(TABLE.insert(dsl, AssetCategoryRows.newRow(category))));
    }

    @Override
    public boolean update(AssetCategory category, Instant expectedVersion) {
        return TABLE.update(dsl, AssetCategoryRows.newRow(category), category.id().orElseThrow().value(),
                expectedVersion);
    }
}
