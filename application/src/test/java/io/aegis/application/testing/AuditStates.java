package io.aegis.application.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A resource's state as the audit trail stores it, for {@link InMemoryAuditTrail}: JSON with snake_case property
 * names and every secret-looking property replaced, as the persistence adapter renders it with Jackson. Enough
 * for what views are made of (records, maps, lists, texts, numbers, booleans; anything else as its text).
 */
final class AuditStates {

    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(password|secret|token|hash|api_key|apikey|credential|private_key).*");

    private AuditStates() {
    }

    static String json(Object state) {
        return state == null ? null : value(state, new StringBuilder()).toString();
    }

    private static StringBuilder value(Object value, StringBuilder out) {
        if (value == null) {
            return out.append("null");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return out.append(value);
        }
        if (value instanceof Collection<?> items) {
            out.append('[');
            String separator = "";
            for (Object item : items) {
                value(item, out.append(separator));
                separator = ",";
            }
            return out.append(']');
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                property(String.valueOf(entry.getKey()), entry.getValue(), out.append(separator));
                separator = ",";
            }
            return out.append('}');
        }
        if (value instanceof Record record) {
            out.append('{');
            String separator = "";
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                property(snakeCase(component.getName()), read(component, record), out.append(separator));
                separator = ",";
            }
            return out.append('}');
        }
        return text(value.toString(), out);
    }

    private static void property(String name, Object value, StringBuilder out) {
        text(name, out).append(':');
        if (SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            text("[redacted]", out);
        } else {
            value(value, out);
        }
    }

    private static StringBuilder text(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 ? "\\u%04X".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.append('"');
    }

    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
