package io.aegis.domain.risk;

import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.InvalidValueException;

/** The scores from {@code minScore} to {@code maxScore}, both included, that rate as {@code level}. */
public record RiskBand(RiskLevel level, double minScore, double maxScore, HexColor color) {

    public RiskBand {
        if (level == null) {
            throw new InvalidValueException("level", "is required");
        }
        if (color == null) {
            throw new InvalidValueException("color", "is required");
        }
        if (!Double.isFinite(minScore) || minScore <= 0) {
            throw new InvalidValueException("min_score", "must be a positive number");
        }
        if (!Double.isFinite(maxScore) || maxScore < minScore) {
            throw new InvalidValueException("max_score", "must be a number no lower than min_score");
        }
    }

    public boolean covers(double score) {
        return score >= minScore && score <= maxScore;
    }
}
