package io.aegis.adapters.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * How an aggregate with an integer id and a {@code Revision} is written: inserted returning the id the database
 * gave it, and updated only while its stored version is the one the change started from
 * ({@link StoredVersions#unchanged}), so that a concurrent change is seen, never overwritten.
 */
public record VersionedTable<R extends Record>(Table<R> table, TableField<R, Integer> id,
                                               TableField<R, Instant> createdAt, TableField<R, Instant> updatedAt) {

    /** Rows per multi-row INSERT: its bound parameters stay well below SQLite's 32 766 and MySQL's 65 535. */
    private static final int ROWS_PER_INSERT = 500;

    /** @return the id the database assigned to {@code row} */
    public long insert(DSLContext dsl, R row) {
        return dsl.insertInto(table).set(row).returningResult(id).fetchOne(id);
    }

    /**
     * Inserts many rows in multi-row INSERTs that return the ids the database gave them
     * ({@link InsertReturning}: SQLite, MariaDB), one INSERT per row where the server cannot (MySQL). The ids come
     * back in no promised order, so each returned row is matched to its row by the values of {@code key}, which the
     * rows must not share. No id is computed from another: on Galera the ids of one statement are not consecutive.
     *
     * @return the ids, in the order of {@code rows}
     * @throws IllegalArgumentException when two rows have the same values of {@code key}
     */
    public List<Long> insertAll(DSLContext dsl, List<R> rows, List<TableField<R, ?>> key) {
        Map<List<Object>, Integer> places = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (places.put(keyOf(rows.get(i), key), i) != null) {
                throw new IllegalArgumentException("rows inserted at once must differ in " + key);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        if (!InsertReturning.supported(dsl)) {
            return rows.stream().map(row -> insert(dsl, row)).toList();
        }
        List<Field<?>> returned = new ArrayList<>(key);
        returned.add(0, id);
        Long[] ids = new Long[rows.size()];
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            InsertSetMoreStep<R> insert = dsl.insertInto(table).set(rows.get(from));
            for (int i = from + 1; i < Math.min(from + ROWS_PER_INSERT, rows.size()); i++) {
                insert = insert.newRecord().set(rows.get(i));
            }
            // rendered around jOOQ's INSERT: the MYSQL dialect has no RETURNING, and mysql-connector-j runs this
            // only through execute(), which a plain SQL result query uses (executeQuery refuses an INSERT)
            for (Record stored : dsl.resultQuery("{0} returning {1}", insert, DSL.list(returned.stream()
                    .map(field -> DSL.field(field.getUnqualifiedName())).toList())).coerce(returned).fetch()) {
                Integer place = places.get(keyOf(stored, key));
                if (place == null) {
                    throw new IllegalStateException("the database returned a row inserted from none of " + key);
                }
                ids[place] = stored.get(id).longValue();
            }
        }
        return Arrays.asList(ids);
    }

    private static List<Object> keyOf(Record row, List<? extends Field<?>> key) {
        return key.stream().<Object>map(row::get).toList();
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
