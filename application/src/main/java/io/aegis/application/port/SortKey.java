package io.aegis.application.port;

import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a list stood: the values a row was sorted by, in the order's criteria, its id last, as text (null for a row
 * without the value). A page {@link PageRequest#after() after} it starts with the row that follows that one in the
 * same order, however many rows came before: a keyset, not an offset.
 */
public record SortKey(List<String> values) {

    /** At most the sort criteria a list takes, and the id. */
    public static final int MAX_VALUES = 6;

    public SortKey {
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new InvalidValueException("cursor", "is not a cursor of this list");
        }
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
