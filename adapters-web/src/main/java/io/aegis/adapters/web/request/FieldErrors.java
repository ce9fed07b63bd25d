package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds several value objects from one request and reports every refused field at once, rather than
 * making the client fix its input one field per round trip.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    /** The value built by {@code factory}, or null after recording why the value object refused it. */
    public <T> T attempt(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            record(e);
            return null;
        }
    }

    /**
     * The value object of an optional field: empty when {@code raw} is null, else built by {@code factory}; null after
     * recording why the value object refused it.
     */
    public <R, T> Optional<T> optional(R raw, Function<? super R, ? extends T> factory) {
        return attempt(() -> Optional.ofNullable(raw).map(factory));
    }

    /** @throws BadRequestException ({@code invalid_value}) listing every recorded error, if there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw BadRequestException.invalidValues(errors);
        }
    }

    /** @throws BadRequestException listing every refusal that a table of fields collected, if there is any */
    public static void throwIfAny(List<InvalidValueException> refused) {
        FieldErrors errors = new FieldErrors();
        refused.forEach(errors::record);
        errors.throwIfAny();
    }

    private void record(InvalidValueException refusal) {
        errors.add(new FieldError(refusal.field(), refusal.getMessage()));
    }
}
