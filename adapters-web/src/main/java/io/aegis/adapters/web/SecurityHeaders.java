package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.function.BiConsumer;

/**
 * Response headers that tell browsers to treat every answer defensively: no sniffing, no framing, no
 * referrer, no cross-origin embedding. The API gets a policy that allows nothing at all; the Swagger UI
 * page gets one that allows its own scripts and styles and nothing from elsewhere; the pages one that allows
 * this server's scripts and stylesheets only, none inline, and forms that post to this server only.
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

    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    /** A before-handler for every path. */
    static void apply(Context ctx) {
        String path = ctx.path();
        if (path.startsWith(SwaggerUi.PATH)) {
            common(ctx::header, "no-referrer", DOCS_POLICY);
        } else if (WebServer.isPage(path)) {
            // a page's form posts must say where they come from (PageAuthenticator checks it); nothing leaves the site
            common(ctx::header, "same-origin", PAGE_POLICY);
        } else {
            problemOrData(ctx::header);
        }
    }

    /**
     * The headers of an error Jetty answers itself, which Javalin never sees: problem+json, whatever the path (which
     * may not even be readable).
     */
    static void applyToTransportError(BiConsumer<String, String> header) {
        problemOrData(header);
    }

    /** The API's answers: nothing to run or show, and no cache may keep them (they depend on the caller). */
    private static void problemOrData(BiConsumer<String, String> header) {
        common(header, "no-referrer", API_POLICY);
        header.accept(Header.CACHE_CONTROL, "no-store");
    }

    private static void common(BiConsumer<String, String> header, String referrerPolicy, String contentPolicy) {
        header.accept(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        header.accept(Header.X_FRAME_OPTIONS, "DENY");
        header.accept(Header.REFERRER_POLICY, referrerPolicy);
        header.accept(Header.CROSS_ORIGIN_RESOURCE_POLICY, "same-origin");
        header.accept(Header.CONTENT_SECURITY_POLICY, contentPolicy);
    }
}
