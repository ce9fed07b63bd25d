package io.aegis.application.port;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * Which slice of a list to return: {@code limit} rows from {@code offset}, or after a row the list returned
 * ({@code after}, offset 0). Bounded, so no client can ask for the whole table at once.
 */
public record PageRequest(int limit, int offset, Optional<SortKey> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidValueException("offset", "must be zero or positive");
        }
        Objects.requireNonNull(after, "after");
        if (after.isPresent() && offset != 0) {
            throw new InvalidValueException("offset", "cannot be combined with a cursor");
        }
    }

    public PageRequest(int limit, int offset) {
        this(limit, offset, Optional.empty());
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }
}
