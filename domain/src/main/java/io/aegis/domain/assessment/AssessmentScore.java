package io.aegis.domain.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment's score with its explanation: the controls counted per implementation status, how many are
 * applicable and assessed, the coverage (assessed / applicable, four decimals), each term of the sum, and the score
 * (100 x credits / assessed, two decimals) with its risk rating. Score, rating and coverage are empty when there is
 * nothing to divide by.
 */
public record AssessmentScore(Map<ImplementationStatus, Long> counts, long applicable, long assessed,
                              Optional<BigDecimal> coverage, List<ScoreTerm> terms, BigDecimal credits,
                              Optional<BigDecimal> overallScore, Optional<AssessmentRiskRating> riskRating) {

    public AssessmentScore {
        counts = Map.copyOf(counts);
        terms = List.copyOf(terms);
    }
}
