package io.aegis.domain.assessment;

import io.aegis.domain.shared.Keys;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far a control is implemented, as an assessor found it. Implemented, partially implemented and not implemented
 * are assessed and carry a credit toward the score; not assessed and not applicable carry none and are left out of
 * it ({@link AssessmentScoring}).
 */
public enum ImplementationStatus {
    NOT_ASSESSED("not_assessed", null),
    NOT_IMPLEMENTED("not_implemented", BigDecimal.ZERO),
    PARTIALLY_IMPLEMENTED("partially_implemented", new BigDecimal("0.5")),
    IMPLEMENTED("implemented", BigDecimal.ONE),
    NOT_APPLICABLE("not_applicable", null);

    private final String key;
    private final BigDecimal credit;

    ImplementationStatus(String key, BigDecimal credit) {
        this.key = key;
        this.credit = credit;
    }

    public String key() {
        return key;
    }

    /** The share of a control's weight this status earns before effectiveness; empty when it is not scored. */
    public Optional<BigDecimal> credit() {
        return Optional.ofNullable(credit);
    }

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }

    public boolean assessed() {
        return credit != null;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static ImplementationStatus parse(String field, String key) {
        return Keys.parse(field, key, values(), ImplementationStatus::key);
    }
}
