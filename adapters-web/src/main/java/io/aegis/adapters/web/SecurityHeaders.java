package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.function.BiConsumer;

/**
 * Response headers that tell browsers to treat every answer defensively: no sniffing, no framing, no
 * referrer, no cross-origin embedding. The API gets a policy that allows nothing at all; the Swagger UI
 * page gets one that allows its own scripts and styles and nothing from elsewhere.
 */
final class SecurityHeaders {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * Swagger UI sets style attributes at run time, hence {@code 'unsafe-inline'} for styles only; its CSS
     * embeds icons as {@code data:} images. Scripts come from this server only, none inline.
     */
    private static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    /** A before-handler for every path. */
    static void apply(Context ctx) {
        apply(ctx.path(), ctx::header);
    }

    /**
     * Sets the headers through {@code header} for a response to {@code path}; for the errors Jetty answers
     * itself, which Javalin never sees. {@code path} is null when the request line could not be read.
     */
    static void apply(String path, BiConsumer<String, String> header) {
        header.accept(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        header.accept(Header.X_FRAME_OPTIONS, "DENY");
        header.accept(Header.REFERRER_POLICY, "no-referrer");
        header.accept(Header.CROSS_ORIGIN_RESOURCE_POLICY, "same-origin");
        boolean docs = path != null && path.startsWith(SwaggerUi.PATH);
        header.accept(Header.CONTENT_SECURITY_POLICY, docs ? DOCS_POLICY : API_POLICY);
        if (path != null && path.startsWith(WebServer.API_BASE + "/")) {
            // answers depend on the caller and change at any time; no cache may keep them
            header.accept(Header.CACHE_CONTROL, "no-store");
        }
    }
}
