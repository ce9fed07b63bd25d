package io.aegis.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/** The score and rating stored when an assessment completes with at least one control assessed. */
public record AssessmentOutcome(BigDecimal overallScore, AssessmentRiskRating riskRating) {

    public AssessmentOutcome {
        Objects.requireNonNull(overallScore, "overallScore");
        Objects.requireNonNull(riskRating, "riskRating");
    }
}
