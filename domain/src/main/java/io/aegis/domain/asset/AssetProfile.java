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
 * empty instead. The short texts are trimmed and bounded by their columns; the dates are kept to the
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
    public static Builder builder(AssetName name, AssetType type) {
        return new Builder(name, type);
    }

    /** A builder holding this profile, to change some of its properties. */
    public Builder toBuilder() {
        Builder builder = new Builder(name, type);
        builder.description = description;
        builder.criticality = criticality;
        builder.categoryId = categoryId;
        builder.ownerId = ownerId;
        builder.ipAddress = ipAddress;
        builder.hostname = hostname;
        builder.operatingSystem = operatingSystem;
        builder.version = version;
        builder.location = location;
        builder.environment = environment;
        builder.businessUnit = businessUnit;
        builder.costCenter = costCenter;
        builder.complianceScope = complianceScope;
        builder.status = status;
        builder.purchaseDate = purchaseDate;
        builder.warrantyExpiry = warrantyExpiry;
        builder.lastScanDate = lastScanDate;
        builder.tags = tags;
        builder.customFields = customFields;
        return builder;
    }

    private static String text(String field, String raw, int maxLength) {
        return raw == null ? null : Names.require(field, raw, maxLength);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : Timestamps.truncate(instant);
    }

    /** Collects the properties one by one; {@link #build()} checks them. Setting null clears an optional one. */
    public static final class Builder {

        private AssetName name;
        private AssetType type;
        private Description description;
        private Criticality criticality = Criticality.MEDIUM;
        private AssetCategoryId categoryId;
        private UserId ownerId;
        private IpAddress ipAddress;
        private Hostname hostname;
        private String operatingSystem;
        private String version;
        private String location;
        private String environment;
        private String businessUnit;
        private String costCenter;
        private Labels complianceScope = Labels.none();
        private AssetStatus status = AssetStatus.ACTIVE;
        private Instant purchaseDate;
        private Instant warrantyExpiry;
        private Instant lastScanDate;
        private Labels tags = Labels.none();
        private CustomFields customFields = CustomFields.none();

        private Builder(AssetName name, AssetType type) {
            this.name = name;
            this.type = type;
        }

        public Builder name(AssetName value) {
            name = value;
            return this;
        }

        public Builder type(AssetType value) {
            type = value;
            return this;
        }

        public Builder description(Description value) {
            description = value;
            return this;
        }

        /** Null stands for the default, medium. */
        public Builder criticality(Criticality value) {
            criticality = value == null ? Criticality.MEDIUM : value;
            return this;
        }

        public Builder categoryId(AssetCategoryId value) {
            categoryId = value;
            return this;
        }

        public Builder ownerId(UserId value) {
            ownerId = value;
            return this;
        }

        public Builder ipAddress(IpAddress value) {
            ipAddress = value;
            return this;
        }

        public Builder hostname(Hostname value) {
            hostname = value;
            return this;
        }

        public Builder operatingSystem(String value) {
            operatingSystem = value;
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder location(String value) {
            location = value;
            return this;
        }

        public Builder environment(String value) {
            environment = value;
            return this;
        }

        public Builder businessUnit(String value) {
            businessUnit = value;
            return this;
        }

        public Builder costCenter(String value) {
            costCenter = value;
            return this;
        }

        /** Null stands for none. */
        public Builder complianceScope(Labels value) {
            complianceScope = value == null ? Labels.none() : value;
            return this;
        }

        /** Null stands for the default, active. */
        public Builder status(AssetStatus value) {
            status = value == null ? AssetStatus.ACTIVE : value;
            return this;
        }

        public Builder purchaseDate(Instant value) {
            purchaseDate = value;
            return this;
        }

        public Builder warrantyExpiry(Instant value) {
            warrantyExpiry = value;
            return this;
        }

        public Builder lastScanDate(Instant value) {
            lastScanDate = value;
            return this;
        }

        /** Null stands for none. */
        public Builder tags(Labels value) {
            tags = value == null ? Labels.none() : value;
            return this;
        }

        /** Null stands for none. */
        public Builder customFields(CustomFields value) {
            customFields = value == null ? CustomFields.none() : value;
            return this;
        }

        public AssetProfile build() {
            return new AssetProfile(name, description, type, criticality, categoryId, ownerId, ipAddress, hostname,
                    operatingSystem, version, location, environment, businessUnit, costCenter, complianceScope,
                    status, purchaseDate, warrantyExpiry, lastScanDate, tags, customFields);
        }
    }
}
