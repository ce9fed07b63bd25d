package io.aegis.adapters.web;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A 400, in one of two kinds whose codes the API documents (API.md, "Field error codes"), told apart here only:
 * <ul>
 *   <li>{@value #MALFORMED}: the request does not have the expected shape: not JSON, not an object, an unknown
 *       field or query parameter, a field of the wrong JSON type or null where it may not be, a required field
 *       missing, a parameter given twice, more items than a list takes;</li>
 *   <li>{@value #INVALID_VALUE}: a field or parameter of the right shape whose value is not allowed: out of range,
 *       not one of the allowed values, a malformed id, number or timestamp, a password the policy refuses. A value
 *       object's {@code InvalidValueException} has that code too.</li>
 * </ul>
 * An uploaded file its reader cannot read as a whole (a truncated catalog) is a 400 of the reader's own code
 * ({@link #unreadableFile}).
 */
public final class BadRequestException extends RuntimeException {

    public static final String MALFORMED = "bad_request";
    public static final String INVALID_VALUE = "invalid_value";

    private final String code;
    private final List<FieldError> errors;

    private BadRequestException(String code, String detail, List<FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** A malformed request ({@value #MALFORMED}), naming the fields at fault. */
    public BadRequestException(String detail, List<FieldError> errors) {
        this(MALFORMED, detail, errors);
    }

    /** A malformed request ({@value #MALFORMED}) as a whole: the body is not JSON, or not an object. */
    public BadRequestException(String detail) {
        this(detail, List.of());
    }

    /** One field of the wrong shape, unknown, or missing ({@value #MALFORMED}). */
    public static BadRequestException forField(String field, String message) {
        return new BadRequestException("the request has an invalid field", List.of(new FieldError(field, message)));
    }

    /** Values of the right shape that are not allowed ({@value #INVALID_VALUE}). */
    public static BadRequestException invalidValues(List<FieldError> errors) {
        return new BadRequestException(INVALID_VALUE, errors.size() == 1 ? "the request has an invalid field"
                : "the request has invalid fields", errors);
    }

    /** The file in the part {@code file} could not be read as a whole; {@code code} is the reader's. */
    public static BadRequestException unreadableFile(String code, String detail) {
        return new BadRequestException(code, detail, List.of(new FieldError("file", detail)));
    }

    /** The same problem with each field named as {@code rename} names it (an item's fields, with its index). */
    public BadRequestException renamed(UnaryOperator<String> rename) {
        return new BadRequestException(code, getMessage(), errors.stream()
                .map(error -> new FieldError(rename.apply(error.field()), error.message())).toList());
    }

    /** {@value #MALFORMED}, {@value #INVALID_VALUE}, or an unreadable file's code. */
    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
