package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSET_CATEGORIES;

import io.aegis.adapters.persistence.jooq.tables.records.AssetCategoriesRecord;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;

/** The one mapping between an {@code asset_categories} row and the domain's {@link AssetCategory}. */
final class AssetCategoryRows {

    private AssetCategoryRows() {
    }

    static AssetCategory toDomain(AssetCategoriesRecord row) {
        return AssetCategory.restore(
                new AssetCategoryId(row.getId()),
                new AssetCategoryName(row.getName()),
                row.getDescription() == null ? null : new Description(row.getDescription()),
                row.getColor() == null ? null : new HexColor(row.getColor()),
                !Boolean.FALSE.equals(row.getIsActive()),
                row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** Copies every stored property of {@code category} into {@code row} (the id excepted). */
    static AssetCategoriesRecord fill(AssetCategoriesRecord row, AssetCategory category) {
        return row
                .setName(category.name().value())
                .setNameKey(category.name().key())
                .setDescription(category.description().map(Description::value).orElse(null))
                .setColor(category.color().map(HexColor::value).orElse(null))
                .setIsActive(category.active())
                .setCreatedAt(category.createdAt())
                .setUpdatedAt(category.updatedAt());
    }

    static AssetCategoriesRecord newRow(AssetCategory category) {
        return fill(ASSET_CATEGORIES.newRecord(), category);
    }
}
