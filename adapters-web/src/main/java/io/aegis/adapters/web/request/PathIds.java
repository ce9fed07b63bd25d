package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Row ids as the API spells them in paths, filters and CSV cells. */
public final class PathIds {

    /**
     * ASCII digits, no sign, no leading zero, at most ten digits: one spelling per id. (Long.parseLong
     * alone would also take {@code +1}, {@code 01} and non-ASCII digits such as U+FF11.)
     */
    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,9}");

    private PathIds() {
    }

    /** The id in path parameter {@code name}; a 400 for anything that is not {@link #parse canonical}. */
    public static long id(Context ctx, String name) {
        return parse(ctx.pathParam(name))
                .orElseThrow(() -> BadRequestException.forField(name, "must be a positive whole number"));
    }

    /** {@code raw} as an id of the schema's INT columns (1 to 2^31-1), when it is written canonically. */
    public static OptionalLong parse(String raw) {
        if (!CANONICAL.matcher(raw).matches()) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(raw);
        return id <= Integer.MAX_VALUE ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
