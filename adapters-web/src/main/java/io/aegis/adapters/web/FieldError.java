package io.aegis.adapters.web;

/** One entry of a problem's {@code errors} array: which field, and what is wrong with it. */
public record FieldError(String field, String message) {
}
