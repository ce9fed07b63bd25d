package io.aegis.adapters.web.request;

import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
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
            errors.add(new FieldError(e.field(), e.getMessage()));
            return null;
        }
    }

    /** @throws BadRequestException listing every recorded error, if there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BadRequestException("the request has invalid fields", errors);
        }
    }
}
