package io.aegis.adapters.web.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aegis.adapters.web.Json;
import io.aegis.application.port.SortKey;
import io.aegis.domain.shared.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code cursor} of a list that pages by keys: base64url of {@code {"f": <the list's fingerprint>, "k": [<sort
 * values>, <id>]}}. The fingerprint is a hash of the request's sort and filters, so a cursor is refused (400) under any
 * other order or filter than the one that gave it; anything but exactly that shape is refused too. Not a secret: the
 * values are those of a row the reader was shown, and the database is queried with them as bound values only.
 */
final class Cursors {

    /** A title (500 characters, each up to 6 when JSON-escaped) and five more values, in base64: generous. */
    static final int MAX_LENGTH = 8192;
    private static final Set<String> NOT_FILTERS = Set.of("limit", "offset", "cursor");

    private Cursors() {
    }

    static String encode(SortKey key, Map<String, String> query) {
        ObjectNode cursor = JsonNodeFactory.instance.objectNode();
        cursor.put("f", fingerprint(query));
        ArrayNode values = cursor.putArray("k");
        key.values().forEach(values::add);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.mapper().writeValueAsBytes(cursor));
        } catch (IOException e) {
            throw new IllegalStateException("a tree of texts always renders", e);
        }
    }

    static SortKey decode(String cursor, Map<String, String> query) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IllegalArgumentException | IOException e) {
            throw notACursor();
        }
        JsonNode keys = tree == null ? null : tree.path("k");
        if (tree == null || !tree.isObject() || tree.size() != 2 || !tree.path("f").isTextual() || !keys.isArray()
                || keys.isEmpty() || keys.size() > SortKey.MAX_VALUES) {
            throw notACursor();
        }
        if (!tree.get("f").textValue().equals(fingerprint(query))) {
            throw new InvalidValueException("cursor", "belongs to another order or filter of this list: send the "
                    + "sort and filters that gave it, or start again without a cursor");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : keys) {
            if (!value.isTextual() && !value.isNull()) {
                throw notACursor();
            }
            values.add(value.isNull() ? null : value.textValue());
        }
        return new SortKey(values);
    }

    /** The sort and filters of a request, whatever their order in the query string. */
    private static String fingerprint(Map<String, String> query) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(query).forEach((name, value) -> {
            if (!NOT_FILTERS.contains(name)) {
                canonical.append(name).append('=').append(value).append('\n');
            }
        });
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static InvalidValueException notACursor() {
        return new InvalidValueException("cursor", "is not a cursor of this list");
    }
}
