package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses the stored keys of the risk enums, naming the allowed keys when a client sends another. */
final class RiskKeys {

    private RiskKeys() {
    }

    static <E extends Enum<E>> E parse(String field, String raw, E[] values, Function<E, String> key) {
        return Arrays.stream(values).filter(value -> key.apply(value).equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values).map(key).collect(Collectors.joining(", "))));
    }
}
