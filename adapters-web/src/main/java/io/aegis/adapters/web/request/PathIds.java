package io.aegis.adapters.web.request;

import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.InvalidValueException;
import io.javalin.http.Context;

/** Row ids in paths, spelt as {@link CanonicalIds} says. */
public final class PathIds {

    private PathIds() {
    }

    /** The id in path parameter {@code name}; a 400 for anything that is not canonical. */
    public static long id(Context ctx, String name) {
        return CanonicalIds.parse(ctx.pathParam(name))
                .orElseThrow(() -> new InvalidValueException(name, "must be a positive whole number"));
    }
}
