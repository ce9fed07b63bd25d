package io.aegis.application.port;

import io.aegis.domain.shared.InvalidValueException;

/** Which slice of a list to return. Bounded, so no client can ask for the whole table at once. */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidValueException("offset", "must be zero or positive");
        }
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }
}
