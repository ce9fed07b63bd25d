package io.aegis.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Labels;
import java.util.List;
import java.util.Map;

/**
 * The one JSON mapping of the TEXT columns that hold JSON: {@link #render}/{@link #parse} for any shape (matrix
 * levels, permission sets), and the shared value types ({@code tags}, {@code compliance_scope},
 * {@code affected_systems}: a JSON array of strings; {@code custom_fields}: a flat object). Empty values are stored as
 * {@code []} / {@code {}} so that every row Aegis writes holds JSON; a NULL written by another tool reads
 * as empty. Stored values went through the domain on their way in, so a row that fails to parse is
 * corrupt and reported as such.
 */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            // whole numbers as Long and the rest as Double, as CustomFields holds them
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    public static String write(Labels labels) {
        return render(labels.values());
    }

    public static String write(CustomFields fields) {
        return render(fields.values());
    }

    /** @param column names the column in the domain's error, should a stored value break today's rules */
    public static Labels labels(String column, String json) {
        return json == null ? Labels.none() : Labels.of(column, parse(json, TEXTS));
    }

    public static CustomFields customFields(String column, String json) {
        return json == null ? CustomFields.none() : CustomFields.of(column, parse(json, OBJECT));
    }

    /** Any column's JSON: lists, records and maps of texts, numbers and booleans always render. */
    public static String render(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("texts, numbers and booleans always render", e);
        }
    }

    /** Any column's JSON as {@code type}; a stored value of another shape is corrupt, reported without its text. */
    public static <T> T parse(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            // the message would quote the stored value; the column name is enough to find the row
            throw new IllegalStateException("a stored JSON column does not hold the expected shape", e);
        }
    }
}
