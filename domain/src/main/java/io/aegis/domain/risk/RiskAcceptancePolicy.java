package io.aegis.domain.risk;

import java.time.Period;
import java.util.Objects;

/**
 * How an organisation accepts risks: for how long at most (an acceptance is revisited, never forever), and whether
 * the one who asked may also approve (four eyes: they may not).
 */
public record RiskAcceptancePolicy(boolean fourEyes, Period maxTerm) {

    /** Three years: long enough for a planned replacement, short enough to be looked at again. */
    public static final Period DEFAULT_MAX_TERM = Period.ofYears(3);

    public RiskAcceptancePolicy {
        Objects.requireNonNull(maxTerm, "maxTerm");
    }

    public static RiskAcceptancePolicy defaults() {
        return new RiskAcceptancePolicy(false, DEFAULT_MAX_TERM);
    }
}
