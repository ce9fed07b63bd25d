package io.aegis.adapters.persistence;

import io.aegis.application.port.SortKey;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * Turns a list query's sort criteria into ORDER BY, always ending on the id so pages never overlap, in the
 * direction {@link SortOrder#tiesDescending} gives it: an index on a column also holds the row's id (InnoDB's
 * clustered key, SQLite's rowid), so {@code created_at DESC, id DESC} is that index read backwards and a page stops
 * after its rows, where {@code created_at DESC, id ASC} would sort the whole list first.
 */
public final class Sorting {

    private Sorting() {
    }

    public static <F extends io.aegis.application.port.SortField> List<SortField<?>> orderBy(
            List<SortOrder<F>> criteria, Function<F, Field<?>> column, Field<?> id) {
        return orderBy(criteria, column, Set.of(), id);
    }

    /** @param absentLast fields whose rows without a value come last in both directions (an unscored risk) */
    public static <F extends io.aegis.application.port.SortField> List<SortField<?>> orderBy(
            List<SortOrder<F>> criteria, Function<F, Field<?>> column, Set<F> absentLast, Field<?> id) {
        List<SortField<?>> order = new ArrayList<>(criteria.size() + 1);
        for (SortOrder<F> criterion : criteria) {
            Field<?> field = column.apply(criterion.field());
            // both databases sort NULL below every value: descending, absent values come last already, and an index
            // read backwards serves the order; only ascending needs NULLS LAST
            boolean nullsLast = absentLast.contains(criterion.field()) && !criterion.descending();
            order.add(criterion.descending() ? field.desc() : nullsLast ? field.asc().nullsLast() : field.asc());
        }
        order.add(SortOrder.tiesDescending(criteria) ? id.desc() : id.asc());
        return order;
    }

    /** The columns an order sorts by, its id last: what a page selects to tell where the next one starts. */
    public static List<Field<?>> keyColumns(List<SortField<?>> order) {
        return order.stream().<Field<?>>map(SortField::$field).toList();
    }

    /** The sort key of a row selected with {@link #keyColumns}. */
    public static SortKey keyOf(Record row) {
        List<String> values = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            values.add(value == null ? null : value.toString());
        }
        return new SortKey(values);
    }

    /**
     * The rows that follow {@code key} in {@code order}: later on the first criterion, or equal on it and later on the
     * next, and so on to the id. The first criterion's bound is also given on its own, so that a database reads the
     * index from the key on instead of testing every row before it. Rows without a value sort as {@link #orderBy}
     * puts them: lowest, or last when the criterion says NULLS LAST.
     *
     * @throws InvalidValueException when the key does not fit the order: a cursor of another list, or forged
     */
    public static Condition after(List<SortField<?>> order, SortKey key) {
        if (key.values().size() != order.size()) {
            throw notACursor();
        }
        List<Condition> alternatives = new ArrayList<>(order.size());
        List<Condition> equalSoFar = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            SortField<?> criterion = order.get(i);
            Object value = typed(criterion.$field(), key.values().get(i));
            alternatives.add(DSL.and(equalSoFar).and(beyond(criterion, value)));
            equalSoFar.add(value == null ? criterion.$field().isNull() : untyped(criterion.$field()).eq(value));
        }
        SortField<?> first = order.get(0);
        return atOrBeyond(first, typed(first.$field(), key.values().get(0))).and(DSL.or(alternatives));
    }

    private static Condition beyond(SortField<?> criterion, Object value) {
        Field<Object> field = untyped(criterion.$field());
        boolean nullsLast = absentLast(criterion);
        if (value == null) {
            return nullsLast ? DSL.falseCondition() : field.isNotNull();
        }
        Condition later = descending(criterion) ? field.lt(value) : field.gt(value);
        return nullsLast ? later.or(field.isNull()) : later;
    }

    /** The range the first criterion alone allows, when it is one an index can start from. */
    private static Condition atOrBeyond(SortField<?> criterion, Object value) {
        boolean nullsLast = absentLast(criterion);
        Field<Object> field = untyped(criterion.$field());
        // rows without a value come after the key unless the column has none: only a table's NOT NULL says so
        boolean notNull = criterion.$field() instanceof TableField<?, ?> column && !column.getDataType().nullable();
        if (value == null || nullsLast && !notNull) {
            return DSL.noCondition();
        }
        return descending(criterion) ? field.le(value) : field.ge(value);
    }

    /** Whether rows without a value come last: descending (NULL is lowest on both databases), or NULLS LAST. */
    private static boolean absentLast(SortField<?> criterion) {
        return descending(criterion) || criterion.$nullOrdering() == QOM.NullOrdering.NULLS_LAST;
    }

    private static boolean descending(SortField<?> criterion) {
        return criterion.$sortOrder() == org.jooq.SortOrder.DESC;
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> untyped(Field<?> field) {
        return (Field<Object>) field;
    }

    /** A key's text as the column's type; text that is not one is no cursor of this list. */
    private static Object typed(Field<?> field, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = field.getType();
        try {
            if (type == String.class) {
                return text;
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == Double.class) {
                double number = Double.parseDouble(text);
                if (!Double.isFinite(number)) {
                    throw notACursor();
                }
                return number;
            } else if (type == Instant.class) {
                return Instant.parse(text);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw notACursor();
        }
        throw new IllegalStateException("no keyset for a column of " + type);
    }

    private static InvalidValueException notACursor() {
        return new InvalidValueException("cursor", "is not a cursor of this list");
    }
}
