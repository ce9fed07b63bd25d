package io.aegis.adapters.web.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: malformed JSON, unknown fields and wrong types are refused with a 400
 * that names the field, before any use case runs. (Size and content type are checked earlier, by the
 * server, for every route.)
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as {@code type}; every field absent from the body is null. */
    public static <T> T read(Context ctx, Class<T> type) {
        return convert(readObject(ctx), type);
    }

    /** An object already read (a PATCH body) as {@code type}, as strictly as {@link #read(Context, Class)}. */
    public static <T> T convert(ObjectNode body, Class<T> type) {
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
        } catch (MismatchedInputException e) {
            throw BadRequestException.forField(path(e), "has the wrong type");
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the request body is not valid JSON");
        } catch (IOException e) {
            throw new BadRequestException("the request body could not be read");
        }
    }

    /** The body as a JSON object, for partial updates that must tell an absent field from a null one. */
    public static ObjectNode readObject(Context ctx) {
        byte[] body = requireBody(ctx);
        try {
            JsonNode tree = Json.mapper().readTree(body);
            if (tree instanceof ObjectNode object) {
                UnicodeText.requireWellFormed("", object);
                return object;
            }
            throw new BadRequestException("the request body must be a JSON object");
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

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(body)" : path;
    }
}
