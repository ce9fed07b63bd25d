package io.aegis.application.port;

import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a partial update: either left as it is, or set to a value ({@code null} clears it).
 * Needed because "absent" and "null" mean different things in a PATCH.
 */
public record Patch<T>(boolean present, T value) {

    private static final Patch<?> KEEP = new Patch<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> keep() {
        return (Patch<T>) KEEP;
    }

    public static <T> Patch<T> set(T value) {
        return new Patch<>(true, value);
    }

    /** Converts a present, non-null value; keeping and clearing stay as they are. */
    public <R> Patch<R> map(Function<? super T, ? extends R> converter) {
        if (!present) {
            return keep();
        }
        return Patch.set(value == null ? null : converter.apply(value));
    }

    /** The value to store: the new one when present, else {@code current}. */
    public T orElse(T current) {
        return present ? value : current;
    }

    /** The same for an optional property: the new value (empty when cleared) when present, else {@code current}. */
    public Optional<T> orElse(Optional<T> current) {
        return present ? Optional.ofNullable(value) : current;
    }
}
