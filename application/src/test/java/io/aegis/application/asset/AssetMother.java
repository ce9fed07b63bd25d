package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.asset.Hostname;
import io.aegis.domain.asset.IpAddress;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.Labels;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class AssetMother {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123Z");

    private AssetMother() {
    }

    /** A well-formed import row of {@code profile}, naming nothing by name and holding no cells to patch with. */
    public static AssetImportRow aRow(int row, AssetProfile profile, boolean active, Optional<OrgUnitId> unit) {
        return AssetImportRow.valid(row, profile, Map.of(), Optional.of(active), unit,
                AssetImportRow.NamedReferences.NONE);
    }

    /** Every property set, owner and category as given. */
    public static AssetProfile aFullProfile(String name, UserId owner, AssetCategoryId category) {
        return AssetProfile.of(new AssetName(name), AssetType.DATABASE)
                .withDescription(new Description("about " + name))
                .withCriticality(Criticality.HIGH)
                .withCategoryId(category)
                .withOwnerId(owner)
                .withIpAddress(new IpAddress("2001:db8::10"))
                .withHostname(new Hostname("db-01.example.com"))
                .withOperatingSystem("Debian 12")
                .withVersion("15.4")
                .withLocation("Frankfurt DC2")
                .withEnvironment("production")
                .withBusinessUnit("Payments")
                .withCostCenter("CC-4711")
                .withComplianceScope(Labels.of("compliance_scope", List.of("PCI DSS", "ISO 27001")))
                .withStatus(AssetStatus.MAINTENANCE)
                .withPurchaseDate(Instant.parse("2024-01-15T00:00:00Z"))
                .withWarrantyExpiry(Instant.parse("2027-01-15T00:00:00Z"))
                .withLastScanDate(Instant.parse("2026-02-27T22:10:05.250Z"))
                .withTags(Labels.of("tags", List.of("critical-path", "Überwachung 監視")))
                .withCustomFields(CustomFields.of("custom_fields", Map.of("rto_hours", 4, "encrypted", true,
                        "tier", "gold", "ratio", 0.25)));
    }

    public static AssetProfile aBareProfile(String name) {
        return AssetProfile.of(new AssetName(name), AssetType.SERVER);
    }

    /** An asset of the root unit. */
    public static Asset anAsset(AssetProfile profile, Instant at) {
        return anAssetIn(OrgUnitId.ROOT, profile, at);
    }

    public static Asset anAssetIn(OrgUnitId unit, AssetProfile profile, Instant at) {
        return Asset.register(profile, unit, Optional.empty(), at);
    }
}
