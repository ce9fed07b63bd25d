package io.aegis.domain.shared;

/** A well-formed request that a business rule refuses (an illegal transition, residual above inherent). */
public class RuleViolationException extends AegisException {

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}
