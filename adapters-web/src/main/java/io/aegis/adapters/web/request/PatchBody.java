package io.aegis.adapters.web.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.application.port.Patch;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of a PATCH: which of the allowed fields it sets, and to what. A field left out stays as it is;
 * a field sent as {@code null} is cleared (where the resource allows that).
 */
public final class PatchBody {

    private final ObjectNode body;

    private PatchBody(ObjectNode body) {
        this.body = body;
    }

    /** @throws BadRequestException for unknown fields or a body that changes nothing */
    public static PatchBody read(Context ctx, Set<String> allowedFields) {
        ObjectNode body = JsonBodies.readObject(ctx);
        List<FieldError> unknown = new ArrayList<>();
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                unknown.add(new FieldError(name, "is not a field that can be changed"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException("the request names fields that cannot be changed", unknown);
        }
        if (body.isEmpty()) {
            throw new BadRequestException("the request body names no field to change");
        }
        return new PatchBody(body);
    }

    /** The body as it was sent, for fields whose absence and null a caller tells apart itself. */
    public ObjectNode fields() {
        return body.deepCopy();
    }

    /** The body bound to a request record, strictly (unknown fields and wrong types are a 400). */
    public <T> T as(Class<T> type) {
        return JsonBodies.convert(body, type);
    }

    /**
     * A field of the record {@link #as} bound: kept when the body does not name it, cleared when it is null,
     * else set to {@code converter} applied to the bound value.
     */
    public <R, T> Patch<T> field(String name, R bound, Function<R, T> converter) {
        if (!body.has(name)) {
            return Patch.keep();
        }
        return Patch.set(bound == null ? null : converter.apply(bound));
    }

    /** The same for a field taken as bound. */
    public <T> Patch<T> field(String name, T bound) {
        return field(name, bound, Function.identity());
    }

    /** A field of any JSON shape (an object, an array) for the caller to read; {@code null} clears it. */
    public Patch<JsonNode> json(String field) {
        return body.has(field) ? Patch.set(body.get(field).isNull() ? null : body.get(field)) : Patch.keep();
    }

    /** A text field; {@code null} clears it. */
    public Patch<String> text(String field) {
        if (!body.has(field)) {
            return Patch.keep();
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return Patch.set(null);
        }
        if (!value.isTextual()) {
            throw BadRequestException.forField(field, "must be a string or null");
        }
        return Patch.set(value.textValue());
    }

    /** A text field that may be changed but never cleared. */
    public Patch<String> requiredText(String field) {
        Patch<String> patch = text(field);
        if (patch.present() && patch.value() == null) {
            throw BadRequestException.forField(field, "may not be null");
        }
        return patch;
    }

    /** A boolean field that may be changed but never cleared. */
    public Patch<Boolean> flag(String field) {
        if (!body.has(field)) {
            return Patch.keep();
        }
        JsonNode value = body.get(field);
        if (!value.isBoolean()) {
            throw BadRequestException.forField(field, "must be true or false");
        }
        return Patch.set(value.booleanValue());
    }
}
