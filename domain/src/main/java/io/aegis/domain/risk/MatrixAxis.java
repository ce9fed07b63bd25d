package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The levels along one side of a matrix: 3 to 6 of them (fewer cannot tell risks apart, more is false
 * precision), valued 1..N in order and named uniquely so that a picker shows no two alike.
 */
record MatrixAxis(String field, List<MatrixLevel> levels) {

    public static final int MIN_LEVELS = 3;
    public static final int MAX_LEVELS = 6;

    public MatrixAxis {
        Objects.requireNonNull(field, "field");
        if (levels == null || levels.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "is required");
        }
        levels = List.copyOf(levels);
        if (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
            throw new InvalidValueException(field, "must hold between " + MIN_LEVELS + " and " + MAX_LEVELS
                    + " levels");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            MatrixLevel level = levels.get(i);
            if (level.value() != i + 1) {
                throw new InvalidValueException(field, "values must run 1.." + levels.size() + " in order");
            }
            if (!names.add(level.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException(field, "names must be unique, '" + level.name() + "' repeats");
            }
        }
    }

    int size() {
        return levels.size();
    }

    /** @throws InvalidValueException naming {@code valueField} when {@code value} is not on this axis */
    int require(String valueField, int value) {
        if (value < 1 || value > size()) {
            throw new InvalidValueException(valueField, "must be between 1 and " + size());
        }
        return value;
    }
}
