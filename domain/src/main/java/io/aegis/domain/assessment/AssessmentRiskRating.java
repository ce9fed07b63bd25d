package io.aegis.domain.assessment;

import io.aegis.domain.shared.Keys;
import java.math.BigDecimal;

/**
 * The risk an assessment's score signals. Bands over the score as stored (rounded to two decimals), lower bound
 * included: 90 and above low, 75 up to 90 medium, 50 up to 75 high, below 50 critical.
 */
public enum AssessmentRiskRating {
    LOW("low", new BigDecimal("90")),
    MEDIUM("medium", new BigDecimal("75")),
    HIGH("high", new BigDecimal("50")),
    CRITICAL("critical", BigDecimal.ZERO);

    private final String key;
    private final BigDecimal lowestScore;

    AssessmentRiskRating(String key, BigDecimal lowestScore) {
        this.key = key;
        this.lowestScore = lowestScore;
    }

    public String key() {
        return key;
    }

    /** The lowest score of this band (included). */
    public BigDecimal lowestScore() {
        return lowestScore;
    }

    /** The band {@code score} (0..100) falls in; the bands are declared from the highest down. */
    public static AssessmentRiskRating of(BigDecimal score) {
        for (AssessmentRiskRating rating : values()) {
            if (score.compareTo(rating.lowestScore) >= 0) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a score is between 0 and 100, not " + score);
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static AssessmentRiskRating parse(String field, String key) {
        return Keys.parse(field, key, values(), AssessmentRiskRating::key);
    }
}
