package io.aegis.adapters.web.page;

import io.javalin.http.Context;

/**
 * A page that says what went wrong, for the errors of page requests (the API answers problem+json instead): the
 * status, its title and the server's explanation, which never holds internals (ProblemResponses decides it).
 */
public record ErrorPage(Chrome chrome, int status, String title, String detail) {

    public static void render(Context ctx, int status, String title, String detail) {
        Chrome chrome = Chrome.outsideNavigation(ctx, title);
        ctx.status(status);
        Pages.render(ctx, "error.jte", new ErrorPage(chrome, status, title, detail == null ? "" : detail));
    }

    /** What the viewer can do next. */
    public String advice() {
        return switch (status) {
            case 403 -> "Your roles do not allow this. An administrator can grant the permission it needs.";
            case 404 -> "It may have been removed, or the link is mistyped.";
            case 409, 412 -> "Someone else changed it first. Reload the page to see their change, then try again.";
            case 429 -> "Wait a moment before trying again.";
            default -> status >= 500 ? "Try again in a moment. If it keeps happening, tell your administrator the"
                    + " time it happened." : "Go back, correct the request and try again.";
        };
    }
}
