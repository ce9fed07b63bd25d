package io.aegis.adapters.web;

import java.util.List;

/** The request is malformed at the HTTP/JSON level: bad JSON, a wrong type, an unknown field or filter. */
public final class BadRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public BadRequestException(String detail) {
        this(detail, List.of());
    }

    public static BadRequestException forField(String field, String message) {
        return new BadRequestException("the request has an invalid field", List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
