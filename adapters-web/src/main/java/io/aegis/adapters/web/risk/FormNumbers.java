package io.aegis.adapters.web.risk;

import io.aegis.domain.shared.InvalidValueException;

/** The numbers a risk form sends as text: a rating's likelihood or impact, a chosen id. */
final class FormNumbers {

    private FormNumbers() {
    }

    /** The whole number typed into {@code field}; null when left empty and not {@code required}. */
    static Integer rating(String field, String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw new InvalidValueException(field, "is required");
            }
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number");
        }
    }

    /** The id chosen in {@code field}, a positive whole number. */
    static long id(String field, String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a positive whole number");
        }
    }
}
