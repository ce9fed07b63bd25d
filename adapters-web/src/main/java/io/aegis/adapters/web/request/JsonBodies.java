package io.aegis.adapters.web.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.adapters.web.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: malformed JSON, unknown fields and wrong types are refused with a 400
 * that names the field, before any use case runs. (Size and content type are checked earlier, by the
 * server, for every route.)
 */
public final class JsonBodies {

    /** The JSON names of a request record's fields, as the mapper binds them. */
    private static final ClassValue<Set<String>> FIELDS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            DeserializationConfig config = Json.mapper().getDeserializationConfig();
            return config.introspect(config.constructType(type)).findProperties().stream()
                    .map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet());
        }
    };

    private JsonBodies() {
    }

    /**
     * The body as {@code type}; every field absent from the body is null (or {@code Patch.keep()}), and every field
     * that {@code type} does not have is named at once.
     */
    public static <T> T read(Context ctx, Class<T> type) {
        ObjectNode body = readObject(ctx);
        refuseUnknown(body, type, "the request has unknown fields", "is not a known field");
        return convert(body, type);
    }

    /**
     * The body of a PATCH as {@code type}, a record of {@code Patch} components: a field left out is kept, one sent
     * as null cleared. Every field that {@code type} does not have is named at once, and a body that names no field
     * at all is refused: it would change nothing, which is more likely a client's mistake than its wish.
     */
    public static <T> T readChanges(Context ctx, Class<T> type) {
        ObjectNode body = readObject(ctx);
        refuseUnknown(body, type, "the request names fields that cannot be changed",
                "is not a field that can be changed");
        if (body.isEmpty()) {
            throw new BadRequestException("the request body names no field to change");
        }
        return convert(body, type);
    }

    /**
     * A body that is a JSON array of at most {@code maxItems} objects, each read as {@code type} as {@link #read}
     * reads a body; an unknown field is named with its item's index ({@code [2].role}).
     */
    public static <T> List<T> readList(Context ctx, Class<T> type, int maxItems) {
        ArrayNode items = readTree(ctx) instanceof ArrayNode array ? array : null;
        if (items == null) {
            throw new BadRequestException("the request body must be a JSON array");
        }
        if (items.size() > maxItems) {
            throw BadRequestException.forField("(body)", "may list at most " + maxItems + " items");
        }
        List<T> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof ObjectNode item)) {
                throw BadRequestException.forField("[" + i + "]", "must be a JSON object");
            }
            String at = "[" + i + "].";
            refuseUnknown(item, type, at, "the request has unknown fields", "is not a known field");
            try {
                read.add(convert(item, type));
            } catch (BadRequestException refused) {
                // the item's fields are named with its index, as the unknown ones are
                throw refused.renamed(field -> at + field);
            }
        }
        return List.copyOf(read);
    }

    private static void refuseUnknown(ObjectNode body, Class<?> type, String detail, String message) {
        refuseUnknown(body, type, "", detail, message);
    }

    private static void refuseUnknown(ObjectNode body, Class<?> type, String prefix, String detail, String message) {
        List<FieldError> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.get(type).contains(name)) {
                unknown.add(new FieldError(prefix + name, message));
            }
        });
        if (!unknown.isEmpty()) {
            throw new BadRequestException(detail, unknown);
        }
    }

    private static <T> T convert(ObjectNode body, Class<T> type) {
        return bind(() -> Json.mapper().treeToValue(body, type));
    }

    private interface Binding<T> {
        T bind() throws IOException;
    }

    private static <T> T bind(Binding<T> binding) {
        try {
            T value = binding.bind();
            if (value == null) {
                throw new BadRequestException("the request body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw BadRequestException.forField(path(e), "is not a known field");
        } catch (InvalidNullException e) {
            throw BadRequestException.forField(path(e), "may not be null");
        } catch (MismatchedInputException e) {
            throw BadRequestException.forField(path(e), expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the request body is not valid JSON");
        } catch (IOException e) {
            throw new BadRequestException("the request body could not be read");
        }
    }

    private static ObjectNode readObject(Context ctx) {
        if (readTree(ctx) instanceof ObjectNode object) {
            return object;
        }
        throw new BadRequestException("the request body must be a JSON object");
    }

    private static JsonNode readTree(Context ctx) {
        byte[] body = requireBody(ctx);
        try {
            JsonNode tree = Json.mapper().readTree(body);
            UnicodeText.requireWellFormed("", tree);
            return tree;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the request body is not valid JSON");
        } catch (IOException e) {
            throw new BadRequestException("the request body could not be read");
        }
    }

    private static byte[] requireBody(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new BadRequestException("a JSON request body is required");
        }
        return body;
    }

    /** What a value the mapper could not bind to {@code type} must be, in the API's words. */
    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "must be a number";
        }
        if (type == Instant.class) {
            return "must be an RFC 3339 timestamp";
        }
        if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            return "must be an array";
        }
        if (type != null && (Map.class.isAssignableFrom(type) || type.isRecord())) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(body)" : path;
    }
}
