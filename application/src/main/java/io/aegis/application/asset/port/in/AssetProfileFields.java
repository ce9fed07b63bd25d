package io.aegis.application.asset.port.in;

import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.asset.Hostname;
import io.aegis.domain.asset.IpAddress;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.Rfc3339;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The editable columns of {@code assets} and how a value becomes each one: the one table behind the API's create
 * and patch and the CSV import, so that every adapter accepts exactly the same input. Values are as a JSON parser
 * gives them (null, String, Integer or Long, List, Map; a CSV reader turns its cells into the same); null clears an
 * optional property and restores the default of criticality and status.
 */
public final class AssetProfileFields {

    /** Every editable column, in the table's order. */
    public static final List<String> EDITABLE;

    private static final Map<String, BiFunction<AssetProfile, Object, AssetProfile>> SETTERS = new LinkedHashMap<>();

    static {
        text("name", (p, v) -> p.withName(new AssetName(v)));
        text("description", (p, v) -> p.withDescription(v == null ? null : new Description(v)));
        text("asset_type", (p, v) -> p.withType(AssetType.fromKey(v)));
        text("criticality", (p, v) -> p.withCriticality(v == null ? null : Criticality.fromKey(v)));
        id("category_id", (p, v) -> p.withCategoryId(v == null ? null : new AssetCategoryId(v)));
        id("owner_id", (p, v) -> p.withOwnerId(v == null ? null : new UserId(v)));
        text("ip_address", (p, v) -> p.withIpAddress(v == null ? null : new IpAddress(v)));
        text("hostname", (p, v) -> p.withHostname(v == null ? null : new Hostname(v)));
        text("operating_system", AssetProfile::withOperatingSystem);
        text("version", AssetProfile::withVersion);
        text("location", AssetProfile::withLocation);
        text("environment", AssetProfile::withEnvironment);
        text("business_unit", AssetProfile::withBusinessUnit);
        text("cost_center", AssetProfile::withCostCenter);
        labels("compliance_scope", AssetProfile::withComplianceScope);
        text("status", (p, v) -> p.withStatus(v == null ? null : AssetStatus.fromKey(v)));
        instant("purchase_date", AssetProfile::withPurchaseDate);
        instant("warranty_expiry", AssetProfile::withWarrantyExpiry);
        instant("last_scan_date", AssetProfile::withLastScanDate);
        labels("tags", AssetProfile::withTags);
        SETTERS.put("custom_fields", (p, value) -> p.withCustomFields(value == null ? null
                : CustomFields.of("custom_fields", object("custom_fields", value))));
        EDITABLE = List.copyOf(SETTERS.keySet());
    }

    private AssetProfileFields() {
    }

    /** Which of the editable columns hold JSON (a list or an object) rather than a scalar. */
    public static boolean isJson(String field) {
        return field.equals("compliance_scope") || field.equals("tags") || field.equals("custom_fields");
    }

    /** Which hold row ids, written as whole numbers. */
    public static boolean isId(String field) {
        return field.equals("category_id") || field.equals("owner_id");
    }

    /**
     * A new profile from {@code values} (field name to value; absent fields take their defaults), with every
     * refused field recorded in {@code errors}; null when any was refused.
     */
    public static AssetProfile create(Map<String, ?> values, List<InvalidValueException> errors) {
        // name and asset_type are always applied (their absence reported like a null), so the placeholder's
        // never survive into a valid profile
        AssetProfile profile = AssetProfile.of(new AssetName("placeholder"), AssetType.OTHER);
        int before = errors.size();
        for (String field : EDITABLE) {
            if (values.containsKey(field) || field.equals("name") || field.equals("asset_type")) {
                profile = apply(profile, field, values.get(field), errors);
            }
        }
        return errors.size() == before ? profile : null;
    }

    /** {@code profile} with the fields present in {@code values}; every refused field is recorded in {@code errors}. */
    public static AssetProfile patch(AssetProfile profile, Map<String, ?> values, List<InvalidValueException> errors) {
        for (String field : EDITABLE) {
            if (values.containsKey(field)) {
                profile = apply(profile, field, values.get(field), errors);
            }
        }
        return profile;
    }

    /** {@code profile} with {@code field} set, or unchanged after recording why a value object refused it. */
    private static AssetProfile apply(AssetProfile profile, String field, Object value,
                                      List<InvalidValueException> errors) {
        try {
            return SETTERS.get(field).apply(profile, value);
        } catch (InvalidValueException e) {
            errors.add(e);
            return profile;
        }
    }

    private static void text(String field, BiFunction<AssetProfile, String, AssetProfile> setter) {
        SETTERS.put(field, (p, value) -> {
            if (value != null && !(value instanceof String)) {
                throw new InvalidValueException(field, "must be a string or null");
            }
            return setter.apply(p, (String) value);
        });
    }

    private static void id(String field, BiFunction<AssetProfile, Long, AssetProfile> setter) {
        SETTERS.put(field, (p, value) -> {
            if (value == null) {
                return setter.apply(p, null);
            }
            if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() <= 0
                    || ((Number) value).longValue() > Integer.MAX_VALUE) {
                throw new InvalidValueException(field, "must be a positive whole number or null");
            }
            return setter.apply(p, ((Number) value).longValue());
        });
    }

    private static void instant(String field, BiFunction<AssetProfile, Instant, AssetProfile> setter) {
        text(field, (p, v) -> setter.apply(p, v == null ? null : Rfc3339.parse(field, v)));
    }

    private static void labels(String field, BiFunction<AssetProfile, Labels, AssetProfile> setter) {
        SETTERS.put(field, (p, value) -> {
            if (value == null) {
                return setter.apply(p, null);
            }
            if (!(value instanceof List<?> list)) {
                throw new InvalidValueException(field, "must be an array of strings");
            }
            List<String> texts = new ArrayList<>();
            for (Object element : list) {
                if (!(element instanceof String text)) {
                    throw new InvalidValueException(field, "must be an array of strings");
                }
                texts.add(text);
            }
            return setter.apply(p, Labels.of(field, texts));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String field, Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new InvalidValueException(field, "must be an object");
        }
        return (Map<String, Object>) value;
    }
}
