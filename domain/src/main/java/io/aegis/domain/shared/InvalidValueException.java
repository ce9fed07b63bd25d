package io.aegis.domain.shared;

/** A value object refused its input: the value itself is malformed, whatever the state around it. */
public class InvalidValueException extends AegisException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super("invalid_value", message);
        this.field = field;
    }

    /** The snake_case name of the offending field, as clients send it. */
    public String field() {
        return field;
    }
}
