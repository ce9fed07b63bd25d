package io.aegis.application.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list, with the number of matches over all pages; {@code next}, in lists that page by keys, where
 * the next page starts (empty after the last page).
 */
public record Page<T>(List<T> items, long total, int limit, int offset, Optional<SortKey> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    public Page(List<T> items, long total, int limit, int offset) {
        this(items, total, limit, offset, Optional.empty());
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.limit(), request.offset());
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request, Optional<SortKey> next) {
        return new Page<>(items, total, request.limit(), request.offset(), next);
    }
}
