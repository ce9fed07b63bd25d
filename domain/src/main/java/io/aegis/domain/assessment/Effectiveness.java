package io.aegis.domain.assessment;

import io.aegis.domain.shared.Keys;
import java.math.BigDecimal;

/**
 * How well an implemented control works when tested; its factor scales the implementation's credit
 * ({@link AssessmentScoring}). A control whose effectiveness is not rated keeps its credit whole.
 */
public enum Effectiveness {
    EFFECTIVE("effective", BigDecimal.ONE),
    PARTIALLY_EFFECTIVE("partially_effective", new BigDecimal("0.75")),
    INEFFECTIVE("ineffective", new BigDecimal("0.25"));

    private final String key;
    private final BigDecimal factor;

    Effectiveness(String key, BigDecimal factor) {
        this.key = key;
        this.factor = factor;
    }

    public String key() {
        return key;
    }

    public BigDecimal factor() {
        return factor;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static Effectiveness parse(String field, String key) {
        return Keys.parse(field, key, values(), Effectiveness::key);
    }
}
