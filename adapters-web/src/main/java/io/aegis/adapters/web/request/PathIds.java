package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import io.javalin.http.Context;

/** Path parameters that hold row ids. */
public final class PathIds {

    private PathIds() {
    }

    /** The positive whole number in path parameter {@code name}; a 400 for anything else. */
    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0 && id <= Integer.MAX_VALUE) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw BadRequestException.forField(name, "must be a positive whole number");
    }
}
