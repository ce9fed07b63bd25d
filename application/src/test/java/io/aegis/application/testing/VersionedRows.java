package io.aegis.application.testing;

import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The stored rows of an in-memory aggregate repository, as {@code VersionedTable} stores them in SQL: ids handed
 * out in order, and an update written only while the row is at the version its change started from. The fakes
 * that hold it synchronise their own methods.
 */
public final class VersionedRows<A extends Versioned> {

    private final Map<Long, A> rows = new TreeMap<>();
    private long lastId;

    /** A row stored under an id of its own (seeded data); later ids follow it. */
    public void put(long id, A row) {
        rows.put(id, row);
        lastId = Math.max(lastId, id);
    }

    /** Stores the aggregate under the next id; {@code identified} gives it that id. */
    public A insert(LongFunction<A> identified) {
        A stored = identified.apply(++lastId);
        rows.put(lastId, stored);
        return stored;
    }

    /** @return whether row {@code id} was still at {@code expectedVersion}, and is now {@code changed} */
    public boolean update(long id, A changed, Instant expectedVersion) {
        A stored = rows.get(id);
        if (stored == null || !stored.version().equals(expectedVersion)) {
            return false;
        }
        rows.put(id, changed);
        return true;
    }

    /** @return whether there was a row {@code id} to remove */
    public boolean remove(long id) {
        return rows.remove(id) != null;
    }

    public Optional<A> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Every row, in id order. */
    public Collection<A> all() {
        return rows.values();
    }

    public int size() {
        return rows.size();
    }
}
