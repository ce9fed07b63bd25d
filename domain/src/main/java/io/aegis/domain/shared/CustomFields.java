package io.aegis.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An organisation's own attributes on a record ("data_classification": "confidential", "rto_hours": 4): a flat
 * object of named texts, numbers and booleans. Flat on purpose: every value stays filterable, exportable to one
 * CSV cell and readable in a report, which nested documents are not. Whole numbers are held as {@link Long},
 * others as {@link Double}, so a value reads back as the same type it was stored with.
 */
public record CustomFields(SortedMap<String, Object> values) {

    public static final int MAX_FIELDS = 50;
    public static final int MAX_TEXT_LENGTH = 1000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final CustomFields NONE = new CustomFields(new TreeMap<>());

    public CustomFields {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public static CustomFields none() {
        return NONE;
    }

    /** @throws InvalidValueException naming {@code field} (and the offending key) for anything but flat scalars */
    public static CustomFields of(String field, Map<String, ?> raw) {
        if (raw == null) {
            throw new InvalidValueException(field, "must be an object");
        }
        if (raw.size() > MAX_FIELDS) {
            throw new InvalidValueException(field, "may hold at most " + MAX_FIELDS + " fields");
        }
        SortedMap<String, Object> values = new TreeMap<>();
        raw.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new InvalidValueException(field, "keys must be 1 to 64 letters, digits, '_', '.' or '-'");
            }
            values.put(key, scalar(field + "." + key, value));
        });
        return new CustomFields(values);
    }

    private static Object scalar(String field, Object value) {
        if (value instanceof String text) {
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new InvalidValueException(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
            }
            return text;
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            return big.longValue();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                return number;
            }
        }
        throw new InvalidValueException(field, "must be a text, a number (within 64 bits) or true/false");
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
