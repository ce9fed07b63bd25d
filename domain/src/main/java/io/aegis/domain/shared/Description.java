package io.aegis.domain.shared;

/** Free text describing something. Bounded so that one record cannot exhaust memory or pages. */
public record Description(String value) {

    public static final int MAX_LENGTH = 10_000;

    public Description {
        if (value == null) {
            throw new InvalidValueException("description", "may not be null here");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("description", "must be at most " + MAX_LENGTH + " characters");
        }
    }
}
