package io.aegis.domain.risk;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.OptionalTexts;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.Optional;

/**
 * What is to be done about a risk, why, and by when. The rationale is what acceptance needs
 * ({@link RiskLifecycle}); every part may be absent while the risk is still being analysed.
 */
public record RiskTreatment(TreatmentStrategy strategy, String rationale, Instant targetResolutionDate) {

    public RiskTreatment {
        rationale = OptionalTexts.text("treatment_rationale", rationale);
        targetResolutionDate = targetResolutionDate == null ? null : Timestamps.truncate(targetResolutionDate);
    }

    public static RiskTreatment none() {
        return new RiskTreatment(null, null, null);
    }

    /** The rationale as the lifecycle weighs it. */
    Optional<Description> justification() {
        return Optional.ofNullable(rationale).map(Description::new);
    }
}
