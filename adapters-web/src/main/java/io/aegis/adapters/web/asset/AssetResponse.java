package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.asset.port.in.AssetView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One column of {@code assets} per property, under the column's name. */
public record AssetResponse(long id, long orgUnitId, String name, String description, String assetType,
                            String criticality, Long categoryId, Long ownerId, String ipAddress, String hostname,
                            String operatingSystem, String version, String location, String environment,
                            String businessUnit, String costCenter, List<String> complianceScope, String status,
                            Instant purchaseDate, Instant warrantyExpiry, Instant lastScanDate, List<String> tags,
                            Map<String, Object> customFields, @JsonProperty("is_active") boolean active,
                            Instant createdAt, Instant updatedAt, Long createdBy, String ownerName,
                            String categoryName) {

    static AssetResponse of(AssetView v) {
        return new AssetResponse(v.id(), v.orgUnitId(), v.name(), v.description(), v.assetType(), v.criticality(),
                v.categoryId(), v.ownerId(), v.ipAddress(), v.hostname(), v.operatingSystem(), v.version(),
                v.location(), v.environment(), v.businessUnit(), v.costCenter(), v.complianceScope(), v.status(),
                v.purchaseDate(), v.warrantyExpiry(), v.lastScanDate(), v.tags(), v.customFields(), v.active(),
                v.createdAt(), v.updatedAt(), v.createdBy(), v.ownerName(), v.categoryName());
    }
}
