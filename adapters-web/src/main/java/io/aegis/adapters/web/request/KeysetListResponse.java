package io.aegis.adapters.web.request;

import io.aegis.application.port.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The envelope of a list that also pages by keys: {@link ListResponse}'s, and {@code next_cursor}, which asks for
 * the next page (null after the last).
 */
public record KeysetListResponse<T>(List<T> items, long total, int limit, int offset, String nextCursor) {

    public static <V, T> KeysetListResponse<T> of(Page<V> page, ListParams<?> params, Function<V, T> toResponse) {
        ListResponse<T> envelope = ListResponse.of(page, toResponse);
        return new KeysetListResponse<>(envelope.items(), envelope.total(), envelope.limit(), envelope.offset(),
                params.nextCursor(page).orElse(null));
    }
}
