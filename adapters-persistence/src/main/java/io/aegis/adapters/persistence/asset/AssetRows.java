package io.aegis.adapters.persistence.asset;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;

import io.aegis.adapters.persistence.JsonColumns;
import io.aegis.adapters.persistence.jooq.tables.records.AssetsRecord;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.asset.Hostname;
import io.aegis.domain.asset.IpAddress;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.Description;
import java.util.function.Function;

/** The one mapping between an {@code assets} row and the domain's {@link Asset}. */
final class AssetRows {

    private AssetRows() {
    }

    /** A NULL criticality or status (the seed allows both) reads as the column's default. */
    static Asset toDomain(AssetsRecord row) {
        AssetProfile profile = AssetProfile.of(new AssetName(row.getName()), AssetType.fromKey(row.getAssetType()))
                .withDescription(optional(row.getDescription(), Description::new))
                .withCriticality(optional(row.getCriticality(), Criticality::fromKey))
                .withCategoryId(optional(row.getCategoryId(), id -> new AssetCategoryId(id)))
                .withOwnerId(optional(row.getOwnerId(), id -> new UserId(id)))
                .withIpAddress(optional(row.getIpAddress(), IpAddress::new))
                .withHostname(optional(row.getHostname(), Hostname::new))
                .withOperatingSystem(row.getOperatingSystem())
                .withVersion(row.getVersion())
                .withLocation(row.getLocation())
                .withEnvironment(row.getEnvironment())
                .withBusinessUnit(row.getBusinessUnit())
                .withCostCenter(row.getCostCenter())
                .withComplianceScope(JsonColumns.labels("compliance_scope", row.getComplianceScope()))
                .withStatus(optional(row.getStatus(), AssetStatus::fromKey))
                .withPurchaseDate(row.getPurchaseDate())
                .withWarrantyExpiry(row.getWarrantyExpiry())
                .withLastScanDate(row.getLastScanDate())
                .withTags(JsonColumns.labels("tags", row.getTags()))
                .withCustomFields(JsonColumns.customFields("custom_fields", row.getCustomFields()));
        return Asset.restore(new AssetId(row.getId()), profile, new OrgUnitId(row.getOrgUnitId()),
                !Boolean.FALSE.equals(row.getIsActive()),
                optional(row.getCreatedBy(), id -> new UserId(id)), row.getCreatedAt(), row.getUpdatedAt());
    }

    /** Copies every stored property of {@code asset} into {@code row} (the id excepted). */
    static AssetsRecord fill(AssetsRecord row, Asset asset) {
        AssetProfile p = asset.profile();
        return row
                .setName(p.name().value())
                .setDescription(p.description() == null ? null : p.description().value())
                .setAssetType(p.type().key())
                .setCriticality(p.criticality().key())
                .setCategoryId(p.categoryId() == null ? null : Math.toIntExact(p.categoryId().value()))
                .setOwnerId(p.ownerId() == null ? null : Math.toIntExact(p.ownerId().value()))
                .setIpAddress(p.ipAddress() == null ? null : p.ipAddress().value())
                .setHostname(p.hostname() == null ? null : p.hostname().value())
                .setOperatingSystem(p.operatingSystem())
                .setVersion(p.version())
                .setLocation(p.location())
                .setEnvironment(p.environment())
                .setBusinessUnit(p.businessUnit())
                .setCostCenter(p.costCenter())
                .setComplianceScope(JsonColumns.write(p.complianceScope()))
                .setStatus(p.status().key())
                .setPurchaseDate(p.purchaseDate())
                .setWarrantyExpiry(p.warrantyExpiry())
                .setLastScanDate(p.lastScanDate())
                .setTags(JsonColumns.write(p.tags()))
                .setCustomFields(JsonColumns.write(p.customFields()))
                .setOrgUnitId(Math.toIntExact(asset.unit().value()))
                .setIsActive(asset.active())
                .setCreatedAt(asset.createdAt())
                .setUpdatedAt(asset.updatedAt())
                .setCreatedBy(asset.createdBy().map(id -> Math.toIntExact(id.value())).orElse(null));
    }

    static AssetsRecord newRow(Asset asset) {
        return fill(ASSETS.newRecord(), asset);
    }

    private static <C, T> T optional(C column, Function<C, T> factory) {
        return column == null ? null : factory.apply(column);
    }
}
