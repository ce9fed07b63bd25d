package io.aegis.application.port;

import java.util.List;

/** One page of a list, with the number of matches over all pages. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.limit(), request.offset());
    }
}
