package io.aegis.adapters.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI document kept in the resources, with the running
 * version filled in. Hand-written so the contract is reviewed as a contract; {@code OpenApiDocumentTest}
 * keeps it in step with the registered routes.
 */
final class OpenApiDocument {

    static final String PATH = "/api/openapi.json";
    static final String RESOURCE = "/openapi/openapi.json";

    private final String json;

    OpenApiDocument(String version) {
        ObjectNode document = load();
        ((ObjectNode) document.get("info")).put("version", version);
        this.json = document.toString();
    }

    void serve(Context ctx) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }

    private static ObjectNode load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is not on the classpath");
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + RESOURCE, e);
        }
    }
}
