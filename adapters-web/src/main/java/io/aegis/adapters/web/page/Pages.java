package io.aegis.adapters.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders a page from its template. The templates under {@code src/main/jte} are compiled into classes with the
 * module (a template that does not type-check fails the build), and escape every value for HTML by default.
 */
public final class Pages {

    /** Where the jte Maven plugin puts the template classes (adapters-web/pom.xml). */
    private static final String TEMPLATE_PACKAGE = "io.aegis.adapters.web.templates";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            TEMPLATE_PACKAGE);
    private static final String HTML = "text/html; charset=utf-8";

    private Pages() {
    }

    /** Answers with {@code template} (a path under src/main/jte, such as {@code risk/list.jte}) over {@code page}. */
    public static void render(Context ctx, String template, Object page) {
        StringOutput html = new StringOutput();
        TEMPLATES.render(template, page, html);
        // a page shows what its viewer may see, now: no cache keeps it
        ctx.header("Cache-Control", "no-store").contentType(HTML).result(html.toString());
    }

    /** After a form post: the browser loads {@code location} with a GET (303), so a reload does not post again. */
    public static void seeOther(Context ctx, String location) {
        ctx.header("Cache-Control", "no-store").redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
