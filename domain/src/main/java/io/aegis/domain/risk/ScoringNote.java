package io.aegis.domain.risk;

import io.aegis.domain.shared.OptionalTexts;
import java.util.Optional;

/**
 * Why an assessor chose the levels of a scoring, and by which method. Without a method of its own, a scoring
 * is by the matrix it was rated on.
 */
public record ScoringNote(String likelihoodRationale, String impactRationale, String methodology) {

    public static final int MAX_METHODOLOGY_LENGTH = 100;

    public ScoringNote {
        likelihoodRationale = OptionalTexts.text("likelihood_rationale", likelihoodRationale);
        impactRationale = OptionalTexts.text("impact_rationale", impactRationale);
        methodology = OptionalTexts.line("scoring_methodology", methodology, MAX_METHODOLOGY_LENGTH);
    }

    public static ScoringNote none() {
        return new ScoringNote(null, null, null);
    }

    Optional<String> ownMethodology() {
        return Optional.ofNullable(methodology);
    }
}
