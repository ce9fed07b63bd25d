package io.aegis.adapters.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * How an aggregate with an integer id and a {@code Revision} is written: inserted returning the id the database
 * gave it, and updated only while its stored version is the one the change started from
 * ({@link StoredVersions#unchanged}), so that a concurrent change is seen, never overwritten.
 */
public record VersionedTable<R extends Record>(Table<R> table, TableField<R, Integer> id,
                                               TableField<R, Instant> createdAt, TableField<R, Instant> updatedAt) {

    /** @return the id the database assigned to {@code row} */
    public long insert(DSLContext dsl, R row) {
        return dsl.insertInto(table).set(row).returningResult(id).fetchOne(id);
    }

    /** @return whether the row was still at {@code expectedVersion}, and is now {@code row} */
    public boolean update(DSLContext dsl, R row, long key, Instant expectedVersion) {
        return conditionalUpdate(dsl, row, key, expectedVersion).execute() == 1;
    }

    /**
     * The same for many rows, sent as one batch of statements.
     *
     * @return whether every row was still at its expected version (if not, the caller's transaction must be undone)
     */
    public boolean updateAll(DSLContext dsl, List<R> rows, List<Long> keys, List<Instant> expectedVersions) {
        if (rows.isEmpty()) {
            return true;
        }
        List<Query> updates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            updates.add(conditionalUpdate(dsl, rows.get(i), keys.get(i), expectedVersions.get(i)));
        }
        return Arrays.stream(dsl.batch(updates).execute()).allMatch(count -> count == 1);
    }

    private Query conditionalUpdate(DSLContext dsl, R row, long key, Instant expectedVersion) {
        return dsl.update(table)
                .set(row)
                .where(id.eq(Math.toIntExact(key)))
                .and(StoredVersions.unchanged(updatedAt, createdAt, expectedVersion));
    }
}
