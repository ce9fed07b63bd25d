package io.aegis.adapters.web.page;

import io.aegis.application.port.Page;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Where a list page sits in the whole view: "items {@code first} to {@code last} of {@code total}", and links to the
 * pages before and after it (this URL with another offset).
 */
public record Pager(long first, long last, long total, Optional<String> previous, Optional<String> next) {

    public static Pager of(Context ctx, Page<?> page) {
        int offset = page.offset();
        int shown = page.items().size();
        Optional<String> previous = offset == 0 ? Optional.empty()
                : Optional.of(PageLinks.with(ctx, "offset", String.valueOf(Math.max(0, offset - page.limit()))));
        Optional<String> next = offset + shown >= page.total() ? Optional.empty()
                : Optional.of(PageLinks.with(ctx, "offset", String.valueOf(offset + page.limit())));
        return new Pager(shown == 0 ? 0 : offset + 1, offset + shown, page.total(), previous, next);
    }
}
