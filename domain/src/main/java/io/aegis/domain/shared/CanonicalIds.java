package io.aegis.domain.shared;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Row ids written as text (paths, filters, CSV cells): one spelling per id, shared by every adapter that reads
 * them so that a path and a spreadsheet cell accept exactly the same ids.
 */
public final class CanonicalIds {

    /**
     * ASCII digits, no sign, no leading zero, at most ten digits. (Long.parseLong alone would also take
     * {@code +1}, {@code 01} and non-ASCII digits such as U+FF11.)
     */
    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,9}");

    private CanonicalIds() {
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
