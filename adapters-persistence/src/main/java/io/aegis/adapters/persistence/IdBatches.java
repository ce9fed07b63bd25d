package io.aegis.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Queries whose ids (or other keys) go into an IN list: a thousand at a time, well below every driver's limit on
 * parameters.
 */
public final class IdBatches {

    static final int IDS_PER_QUERY = 1000;

    private IdBatches() {
    }

    /** Runs {@code query} on each batch of {@code ids} and joins the answers in batch order. */
    public static <K, T> List<T> fetch(List<K> ids, Function<List<K>, List<T>> query) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(query.apply(ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size()))));
        }
        return found;
    }
}
