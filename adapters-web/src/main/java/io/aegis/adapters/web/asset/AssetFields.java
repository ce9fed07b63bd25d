package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.FieldError;
import io.aegis.adapters.web.request.Rfc3339;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The editable columns of {@code assets} and how a JSON value becomes each one: the one table behind create,
 * patch and CSV import (whose cells are turned into JSON values first), so the three accept exactly the same
 * input. JSON null clears an optional property and restores the default of criticality and status.
 */
final class AssetFields {

    /** Every editable column, in the table's order. */
    static final List<String> EDITABLE;

    private static final Map<String, BiFunction<AssetProfile, JsonNode, AssetProfile>> SETTERS = new LinkedHashMap<>();

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
        SETTERS.put("custom_fields", (p, node) -> p.withCustomFields(node.isNull() ? null
                : CustomFields.of("custom_fields", object("custom_fields", node))));
        EDITABLE = List.copyOf(SETTERS.keySet());
    }

    private AssetFields() {
    }

    /** Which of the editable columns hold JSON (a list or an object) rather than a scalar. */
    static boolean isJson(String field) {
        return field.equals("compliance_scope") || field.equals("tags") || field.equals("custom_fields");
    }

    /** Which hold row ids, written as whole numbers. */
    static boolean isId(String field) {
        return field.equals("category_id") || field.equals("owner_id");
    }

    /**
     * A new profile from {@code values} (field name to JSON value; absent fields take their defaults), with every
     * refused field recorded in {@code errors}; null when any was refused.
     */
    static AssetProfile create(Map<String, JsonNode> values, List<FieldError> errors) {
        // name and asset_type are always applied (their absence reported like a null), so the placeholder's
        // never survive into a valid profile
        AssetProfile profile = AssetProfile.of(new AssetName("placeholder"), AssetType.OTHER);
        int before = errors.size();
        for (String field : EDITABLE) {
            JsonNode value = values.get(field);
            if (value != null || field.equals("name") || field.equals("asset_type")) {
                profile = apply(profile, field, value == null ? Json.mapper().nullNode() : value, errors);
            }
        }
        return errors.size() == before ? profile : null;
    }

    /** {@code profile} with the fields present in {@code body}; every refused field is recorded in {@code errors}. */
    static AssetProfile patch(AssetProfile profile, ObjectNode body, List<FieldError> errors) {
        for (String field : EDITABLE) {
            if (body.has(field)) {
                profile = apply(profile, field, body.get(field), errors);
            }
        }
        return profile;
    }

    /** {@code profile} with {@code field} set, or unchanged after recording why it was refused. */
    private static AssetProfile apply(AssetProfile profile, String field, JsonNode value, List<FieldError> errors) {
        AssetProfile changed = attempt(() -> SETTERS.get(field).apply(profile, value), errors);
        return changed == null ? profile : changed;
    }

    /** The value built, or null after recording why a value object refused it. */
    static <T> T attempt(Supplier<T> factory, List<FieldError> errors) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    private static void text(String field, BiFunction<AssetProfile, String, AssetProfile> setter) {
        SETTERS.put(field, (p, node) -> {
            if (!node.isNull() && !node.isTextual()) {
                throw new InvalidValueException(field, "must be a string or null");
            }
            return setter.apply(p, node.isNull() ? null : node.textValue());
        });
    }

    private static void id(String field, BiFunction<AssetProfile, Long, AssetProfile> setter) {
        SETTERS.put(field, (p, node) -> {
            if (!node.isNull() && !(node.canConvertToLong() && node.isIntegralNumber() && node.longValue() > 0
                    && node.longValue() <= Integer.MAX_VALUE)) {
                throw new InvalidValueException(field, "must be a positive whole number or null");
            }
            return setter.apply(p, node.isNull() ? null : node.longValue());
        });
    }

    private static void instant(String field, BiFunction<AssetProfile, Instant, AssetProfile> setter) {
        text(field, (p, v) -> setter.apply(p, v == null ? null : Rfc3339.parse(field, v)));
    }

    private static void labels(String field, BiFunction<AssetProfile, Labels, AssetProfile> setter) {
        SETTERS.put(field, (p, node) -> {
            if (node.isNull()) {
                return setter.apply(p, null);
            }
            if (!node.isArray()) {
                throw new InvalidValueException(field, "must be an array of strings");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    throw new InvalidValueException(field, "must be an array of strings");
                }
                texts.add(element.textValue());
            }
            return setter.apply(p, Labels.of(field, texts));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String field, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidValueException(field, "must be an object");
        }
        return Json.mapper().convertValue(node, Map.class);
    }
}
