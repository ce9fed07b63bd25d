package io.aegis.domain.assessment;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.OptionalTexts;

/**
 * What an assistant wrote about an assessment or a control's evaluation, kept apart from the assessor's findings:
 * Aegis stores and shows it, no rule reads it, and no endpoint writes it yet. The confidence is a percentage.
 */
public record AiSummary(String text, Integer confidenceScore) {

    public static final int MAX_CONFIDENCE = 100;

    public AiSummary {
        text = OptionalTexts.text("ai_summary", text);
        if (confidenceScore != null && (confidenceScore < 0 || confidenceScore > MAX_CONFIDENCE)) {
            throw new InvalidValueException("ai_confidence_score", "must be between 0 and " + MAX_CONFIDENCE);
        }
    }

    public static AiSummary none() {
        return new AiSummary(null, null);
    }
}
