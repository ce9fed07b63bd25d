package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An asset as clients see it: one property per column of {@code assets}, JSON columns as a list and a map.
 * Optional properties are null when absent. {@code ownerName} (the owner's full name, else username) and
 * {@code categoryName} are filled where the view is read from the inventory ({@link #named}); a view made from the
 * aggregate alone has them null.
 *
 * @param orgUnitId the organisational unit the asset belongs to
 */
public record AssetView(long id, long orgUnitId, String name, String description, String assetType, String criticality,
                        Long categoryId, Long ownerId, String ipAddress, String hostname, String operatingSystem,
                        String version, String location, String environment, String businessUnit,
                        String costCenter, List<String> complianceScope, String status, Instant purchaseDate,
                        Instant warrantyExpiry, Instant lastScanDate, List<String> tags,
                        Map<String, Object> customFields, boolean active, Instant createdAt, Instant updatedAt,
                        Long createdBy, String ownerName, String categoryName) {

    public static AssetView of(Asset asset) {
        AssetProfile p = asset.profile();
        return new AssetView(
                asset.id().orElseThrow(() -> new IllegalStateException("an unsaved asset has no view")).value(),
                asset.unit().value(),
                p.name().value(),
                p.description() == null ? null : p.description().value(),
                p.type().key(),
                p.criticality().key(),
                p.categoryId() == null ? null : p.categoryId().value(),
                p.ownerId() == null ? null : p.ownerId().value(),
                p.ipAddress() == null ? null : p.ipAddress().value(),
                p.hostname() == null ? null : p.hostname().value(),
                p.operatingSystem(), p.version(), p.location(), p.environment(), p.businessUnit(), p.costCenter(),
                p.complianceScope().values(),
                p.status().key(),
                p.purchaseDate(), p.warrantyExpiry(), p.lastScanDate(),
                p.tags().values(),
                p.customFields().values(),
                asset.active(),
                asset.createdAt(),
                asset.updatedAt(),
                asset.createdBy().map(UserId::value).orElse(null),
                null, null);
    }

    /** The same view with the names of its owner and category. */
    public AssetView named(String owner, String category) {
        return new AssetView(id, orgUnitId, name, description, assetType, criticality, categoryId, ownerId, ipAddress,
                hostname, operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope,
                status, purchaseDate, warrantyExpiry, lastScanDate, tags, customFields, active, createdAt, updatedAt,
                createdBy, owner, category);
    }

    /** The version clients send back in {@code If-Match} ({@code version} is the asset's software version). */
    public Instant revision() {
        return updatedAt;
    }
}
