package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.OptionalTexts;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;

/**
 * What an assistant wrote about a risk, kept apart from the human assessment: Aegis stores it and shows it,
 * but no rule reads it. The confidence is a percentage.
 */
public record AiAssessment(String generatedStatement, String riskAssessment, Integer confidenceScore,
                           Instant lastUpdated) {

    public static final int MAX_CONFIDENCE = 100;

    public AiAssessment {
        generatedStatement = OptionalTexts.text("ai_generated_statement", generatedStatement);
        riskAssessment = OptionalTexts.text("ai_risk_assessment", riskAssessment);
        if (confidenceScore != null && (confidenceScore < 0 || confidenceScore > MAX_CONFIDENCE)) {
            throw new InvalidValueException("ai_confidence_score", "must be between 0 and " + MAX_CONFIDENCE);
        }
        lastUpdated = lastUpdated == null ? null : Timestamps.truncate(lastUpdated);
    }

    public static AiAssessment none() {
        return new AiAssessment(null, null, null, null);
    }
}
