package io.aegis.domain.shared;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses the keys of the domain's enums (what the API and the columns hold): exact, case-sensitive, and naming the
 * allowed keys when a client sends another.
 */
public final class Keys {

    private Keys() {
    }

    /** @throws InvalidValueException naming {@code field} and every allowed key */
    public static <E extends Enum<E>> E parse(String field, String raw, E[] values, Function<E, String> key) {
        return Arrays.stream(values).filter(value -> key.apply(value).equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values).map(key).collect(Collectors.joining(", "))));
    }
}
