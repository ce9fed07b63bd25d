package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Header;

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
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header(Header.X_FRAME_OPTIONS, "DENY");
        ctx.header(Header.REFERRER_POLICY, "no-referrer");
        ctx.header(Header.CROSS_ORIGIN_RESOURCE_POLICY, "same-origin");
        ctx.header(Header.CONTENT_SECURITY_POLICY, ctx.path().startsWith(SwaggerUi.PATH) ? DOCS_POLICY : API_POLICY);
        if (ctx.path().startsWith(WebServer.API_BASE + "/")) {
            // answers depend on the caller and change at any time; no cache may keep them
            ctx.header(Header.CACHE_CONTROL, "no-store");
        }
    }
}
