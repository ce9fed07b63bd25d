package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Names;

/**
 * One named step on a matrix axis ("Possible", "Major"). The value places it on the axis; whether the
 * values of an axis run 1..N is the matrix's rule, since a single level cannot know its neighbours.
 */
public record MatrixLevel(int value, String name, String description) {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public MatrixLevel {
        if (value < 1) {
            throw new InvalidValueException("value", "must be a positive integer");
        }
        name = Names.require("name", name, MAX_NAME_LENGTH);
        // a level needs no explanation; an empty one keeps the stored JSON uniform
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidValueException("description", "must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters");
        }
    }
}
