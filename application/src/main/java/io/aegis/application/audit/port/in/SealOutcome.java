package io.aegis.application.audit.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What a run of the sealer did.
 *
 * @param sealed       rows given their place in the chain
 * @param brokenReason why the chain is broken, when it is: nothing is sealed then
 */
public record SealOutcome(long sealed, Optional<String> brokenReason) {

    public SealOutcome {
        Objects.requireNonNull(brokenReason, "brokenReason");
    }

    public static SealOutcome sealed(long rows) {
        return new SealOutcome(rows, Optional.empty());
    }

    public static SealOutcome broken(String reason) {
        return new SealOutcome(0, Optional.of(reason));
    }

    public SealOutcome plus(SealOutcome next) {
        return new SealOutcome(sealed + next.sealed, next.brokenReason);
    }
}
