package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code GET /api/docs}: Swagger UI over {@code /api/openapi.json}. The page and its initializer script are
 * ours (no inline script, so the page works under a strict Content-Security-Policy); the UI itself comes
 * from the swagger-ui webjar. Only the files listed here are served, never an arbitrary classpath path.
 */
final class SwaggerUi {

    static final String PATH = "/api/docs";

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String PNG = "image/png";

    private static final Asset PAGE = new Asset("/docs/index.html", HTML);

    private final Map<String, Asset> assets;

    SwaggerUi() {
        String webjar = Webjars.folder("org.webjars", "swagger-ui");
        this.assets = Map.of(
                "swagger-initializer.js", new Asset("/docs/swagger-initializer.js", JAVASCRIPT),
                "swagger-ui.css", new Asset(webjar + "swagger-ui.css", CSS),
                "swagger-ui-bundle.js", new Asset(webjar + "swagger-ui-bundle.js", JAVASCRIPT),
                "favicon-32x32.png", new Asset(webjar + "favicon-32x32.png", PNG),
                "favicon-16x16.png", new Asset(webjar + "favicon-16x16.png", PNG));
    }

    void page(Context ctx) {
        send(ctx, PAGE);
    }

    /** {@code GET /api/docs/{file}}. */
    void asset(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFoundResponse("no such documentation file");
        }
        send(ctx, asset);
    }

    private static void send(Context ctx, Asset asset) {
        InputStream content = SwaggerUi.class.getResourceAsStream(asset.resource());
        if (content == null) {
            throw new IllegalStateException(asset.resource() + " is not on the classpath");
        }
        ctx.contentType(asset.contentType()).result(content);
    }

    private record Asset(String resource, String contentType) {
    }
}
