package io.aegis.adapters.web.request;

import io.aegis.application.port.Page;
import java.util.List;
import java.util.function.Function;

/** The envelope of every list: {@code {"items": [...], "total": 1234, "limit": 50, "offset": 0}}. */
public record ListResponse<T>(List<T> items, long total, int limit, int offset) {

    public static <V, T> ListResponse<T> of(Page<V> page, Function<V, T> toResponse) {
        return new ListResponse<>(page.items().stream().map(toResponse).toList(), page.total(), page.limit(),
                page.offset());
    }
}
