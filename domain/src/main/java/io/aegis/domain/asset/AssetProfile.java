package io.aegis.domain.asset;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything about an asset that its users edit: one value, so that creating, patching and importing an asset
 * all pass through the same checks. Optional properties are null when absent; the lists and custom fields are
 * empty instead. Changed copies come from the {@code with...} methods. The short texts are trimmed and bounded by their columns; the dates are kept to the
 * millisecond, as stored, so that a profile read back equals the profile written.
 */
public record AssetProfile(AssetName name, Description description, AssetType type, Criticality criticality,
                           AssetCategoryId categoryId, UserId ownerId, IpAddress ipAddress, Hostname hostname,
                           String operatingSystem, String version, String location, String environment,
                           String businessUnit, String costCenter, Labels complianceScope, AssetStatus status,
                           Instant purchaseDate, Instant warrantyExpiry, Instant lastScanDate, Labels tags,
                           CustomFields customFields) {

    public static final int OPERATING_SYSTEM_LENGTH = 100;
    public static final int VERSION_LENGTH = 50;
    public static final int LOCATION_LENGTH = 255;
    public static final int ENVIRONMENT_LENGTH = 50;
    public static final int BUSINESS_UNIT_LENGTH = 100;
    public static final int COST_CENTER_LENGTH = 50;

    public AssetProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(complianceScope, "complianceScope");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(customFields, "customFields");
        operatingSystem = text("operating_system", operatingSystem, OPERATING_SYSTEM_LENGTH);
        version = text("version", version, VERSION_LENGTH);
        location = text("location", location, LOCATION_LENGTH);
        environment = text("environment", environment, ENVIRONMENT_LENGTH);
        businessUnit = text("business_unit", businessUnit, BUSINESS_UNIT_LENGTH);
        costCenter = text("cost_center", costCenter, COST_CENTER_LENGTH);
        purchaseDate = millis(purchaseDate);
        warrantyExpiry = millis(warrantyExpiry);
        lastScanDate = millis(lastScanDate);
    }

    /** A profile with the defaults of a new asset: criticality medium, status active, nothing else. */
    public static AssetProfile of(AssetName name, AssetType type) {
        return new AssetProfile(name, null, type, Criticality.MEDIUM, null, null, null, null, null, null, null, null,
                null, null, Labels.none(), AssetStatus.ACTIVE, null, null, null, Labels.none(), CustomFields.none());
    }

    public AssetProfile withName(AssetName value) {
        return new AssetProfile(value, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withType(AssetType value) {
        return new AssetProfile(name, description, value, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withDescription(Description value) {
        return new AssetProfile(name, value, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    /** Null restores the default, medium. */
    public AssetProfile withCriticality(Criticality value) {
        return new AssetProfile(name, description, type, value == null ? Criticality.MEDIUM : value, categoryId,
                ownerId, ipAddress, hostname, operatingSystem, version, location, environment, businessUnit,
                costCenter, complianceScope, status, purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withCategoryId(AssetCategoryId value) {
        return new AssetProfile(name, description, type, criticality, value, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withOwnerId(UserId value) {
        return new AssetProfile(name, description, type, criticality, categoryId, value, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withIpAddress(IpAddress value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, value, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withHostname(Hostname value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, value,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withOperatingSystem(String value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname, value,
                version, location, environment, businessUnit, costCenter, complianceScope, status, purchaseDate,
                warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withVersion(String value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, value, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withLocation(String value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, value, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withEnvironment(String value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, value, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withBusinessUnit(String value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, value, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withCostCenter(String value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, value, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
    }

    /** Null means none. */
    public AssetProfile withComplianceScope(Labels value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter,
                value == null ? Labels.none() : value, status, purchaseDate, warrantyExpiry, lastScanDate, tags,
                customFields);
    }

    /** Null restores the default, active. */
    public AssetProfile withStatus(AssetStatus value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope,
                value == null ? AssetStatus.ACTIVE : value, purchaseDate, warrantyExpiry, lastScanDate, tags,
                customFields);
    }

    public AssetProfile withPurchaseDate(Instant value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                value, warrantyExpiry, lastScanDate, tags, customFields);
    }

    public AssetProfile withWarrantyExpiry(Instant value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, value, lastScanDate, tags, customFields);
    }

    public AssetProfile withLastScanDate(Instant value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, value, tags, customFields);
    }

    /** Null means none. */
    public AssetProfile withTags(Labels value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, value == null ? Labels.none() : value, customFields);
    }

    /** Null means none. */
    public AssetProfile withCustomFields(CustomFields value) {
        return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope, status,
                purchaseDate, warrantyExpiry, lastScanDate, tags, value == null ? CustomFields.none() : value);
    }

    private static String text(String field, String raw, int maxLength) {
        return raw == null ? null : Names.require(field, raw, maxLength);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : Timestamps.truncate(instant);
    }
}
