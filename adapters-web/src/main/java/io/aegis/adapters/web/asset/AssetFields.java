package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.FieldError;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The editable columns of {@code assets} and how a JSON value becomes each one: the one table behind create,
 * patch and CSV import (whose cells are turned into JSON values first), so the three accept exactly the same
 * input. JSON null clears an optional property and restores the default of criticality and status.
 */
final class AssetFields {

    /** Every editable column, in the table's order. */
    static final List<String> EDITABLE;

    private static final Map<String, BiConsumer<AssetProfile.Builder, JsonNode>> SETTERS = new LinkedHashMap<>();

    static {
        text("name", (b, v) -> b.name(new AssetName(v)));
        text("description", (b, v) -> b.description(v == null ? null : new Description(v)));
        text("asset_type", (b, v) -> b.type(AssetType.fromKey(v)));
        text("criticality", (b, v) -> b.criticality(v == null ? null : Criticality.fromKey(v)));
        id("category_id", (b, v) -> b.categoryId(v == null ? null : new AssetCategoryId(v)));
        id("owner_id", (b, v) -> b.ownerId(v == null ? null : new UserId(v)));
        text("ip_address", (b, v) -> b.ipAddress(v == null ? null : new IpAddress(v)));
        text("hostname", (b, v) -> b.hostname(v == null ? null : new Hostname(v)));
        text("operating_system", AssetProfile.Builder::operatingSystem);
        text("version", AssetProfile.Builder::version);
        text("location", AssetProfile.Builder::location);
        text("environment", AssetProfile.Builder::environment);
        text("business_unit", AssetProfile.Builder::businessUnit);
        text("cost_center", AssetProfile.Builder::costCenter);
        labels("compliance_scope", AssetProfile.Builder::complianceScope);
        text("status", (b, v) -> b.status(v == null ? null : AssetStatus.fromKey(v)));
        instant("purchase_date", AssetProfile.Builder::purchaseDate);
        instant("warranty_expiry", AssetProfile.Builder::warrantyExpiry);
        instant("last_scan_date", AssetProfile.Builder::lastScanDate);
        labels("tags", AssetProfile.Builder::tags);
        SETTERS.put("custom_fields", (b, node) -> b.customFields(node.isNull() ? null
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
        AssetProfile.Builder builder = AssetProfile.builder(null, null);
        boolean valid = true;
        for (String field : EDITABLE) {
            JsonNode value = values.get(field);
            // name and asset_type are required: their absence must be reported like a null
            if (value != null || field.equals("name") || field.equals("asset_type")) {
                valid &= apply(builder, field, value == null ? Json.mapper().nullNode() : value, errors);
            }
        }
        return valid ? attempt(builder::build, errors) : null;
    }

    /** Sets the fields present in {@code body} on {@code builder}; false when one was refused. */
    static boolean patch(AssetProfile.Builder builder, ObjectNode body, List<FieldError> errors) {
        boolean valid = true;
        for (String field : EDITABLE) {
            if (body.has(field)) {
                valid &= apply(builder, field, body.get(field), errors);
            }
        }
        return valid;
    }

    private static boolean apply(AssetProfile.Builder builder, String field, JsonNode value, List<FieldError> errors) {
        return attempt(() -> {
            SETTERS.get(field).accept(builder, value);
            return Boolean.TRUE;
        }, errors) != null;
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

    private static void text(String field, BiConsumer<AssetProfile.Builder, String> setter) {
        SETTERS.put(field, (b, node) -> {
            if (!node.isNull() && !node.isTextual()) {
                throw new InvalidValueException(field, "must be a string or null");
            }
            setter.accept(b, node.isNull() ? null : node.textValue());
        });
    }

    private static void id(String field, BiConsumer<AssetProfile.Builder, Long> setter) {
        SETTERS.put(field, (b, node) -> {
            if (!node.isNull() && !(node.canConvertToLong() && node.isIntegralNumber() && node.longValue() > 0
                    && node.longValue() <= Integer.MAX_VALUE)) {
                throw new InvalidValueException(field, "must be a positive whole number or null");
            }
            setter.accept(b, node.isNull() ? null : node.longValue());
        });
    }

    private static void instant(String field, BiConsumer<AssetProfile.Builder, Instant> setter) {
        text(field, (b, v) -> setter.accept(b, v == null ? null : parseInstant(field, v)));
    }

    private static void labels(String field, BiConsumer<AssetProfile.Builder, Labels> setter) {
        SETTERS.put(field, (b, node) -> {
            if (node.isNull()) {
                setter.accept(b, null);
                return;
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
            setter.accept(b, Labels.of(field, texts));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String field, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidValueException(field, "must be an object");
        }
        return Json.mapper().convertValue(node, Map.class);
    }

    /** RFC 3339: a date, a time and an offset ({@code Z} or {@code +02:00}); stored as the instant it names. */
    static Instant parseInstant(String field, String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an RFC 3339 date-time such as 2026-01-31T00:00:00Z");
        }
    }
}
