package io.aegis.adapters.persistence.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.aegis.domain.shared.Rfc3339;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the before/after state of an audited resource as the JSON stored in {@code old_values} and
 * {@code new_values}: snake_case like the API, and with every secret-looking property replaced, so
 * that the audit trail never becomes a place to steal credentials from.
 */
final class AuditJson {

    static final String REDACTED = "[redacted]";

    /** Found anywhere in a property's lower-cased name. */
    private static final Pattern SECRET_NAME =
            Pattern.compile("password|secret|token|hash|api_key|apikey|credential|private_key");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("instants").addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
                @Override
                public void serialize(Instant value, JsonGenerator json, SerializerProvider provider)
                        throws IOException {
                    // the API's one form: the audit log answers these values inside its own
                    json.writeString(Rfc3339.format(value));
                }
            }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditJson() {
    }

    static String render(Object state) {
        if (state == null) {
            return null;
        }
        JsonNode tree = MAPPER.valueToTree(state);
        redact(tree);
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render audit state of " + state.getClass().getName(), e);
        }
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECRET_NAME.matcher(field.getKey().toLowerCase(Locale.ROOT)).find()) {
                    field.setValue(object.textNode(REDACTED));
                } else {
                    redact(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AuditJson::redact);
        }
    }
}
