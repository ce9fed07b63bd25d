package io.aegis.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code GET /static/{file}}: the pages' stylesheet and scripts, ours and htmx from its webjar. Only the files listed
 * here are served, never an arbitrary classpath path; no page has inline script or style, so the pages' policy can
 * forbid both.
 */
final class StaticFiles {

    static final String PATH = "/static";
    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    /** The files change only with a release; a browser checks again after an hour. */
    private static final String CACHE = "public, max-age=3600";

    private final Map<String, File> files;

    StaticFiles() {
        this.files = Map.of(
                "aegis.css", new File("/static/aegis.css", "text/css; charset=utf-8"),
                "aegis.js", new File("/static/aegis.js", JAVASCRIPT),
                "evidence-upload.js", new File("/static/evidence-upload.js", JAVASCRIPT),
                "htmx.min.js", new File(Webjars.folder("org.webjars.npm", "htmx.org") + "dist/htmx.min.js",
                        JAVASCRIPT));
    }

    void serve(Context ctx) {
        File file = files.get(ctx.pathParam("file"));
        if (file == null) {
            throw new NotFoundResponse("no such file");
        }
        InputStream content = StaticFiles.class.getResourceAsStream(file.resource());
        if (content == null) {
            throw new IllegalStateException(file.resource() + " is not on the classpath");
        }
        ctx.header("Cache-Control", CACHE).contentType(file.contentType()).result(content);
    }

    private record File(String resource, String contentType) {
    }
}
