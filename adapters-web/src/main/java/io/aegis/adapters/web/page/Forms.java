package io.aegis.adapters.web.page;

import io.javalin.http.Context;

/** What a form sent. */
public final class Forms {

    private Forms() {
    }

    /** The text of field {@code name} as typed; empty when the form did not send it. */
    public static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
