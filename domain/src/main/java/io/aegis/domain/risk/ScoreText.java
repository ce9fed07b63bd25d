package io.aegis.domain.risk;

import java.math.BigDecimal;

/**
 * A score as people write it: a matrix of whole numbers scores {@code 20}, not {@code 20.0}; a fractional matrix keeps
 * its fraction ({@code 7.5}). Every place that prints a score (answers, files) prints it this way.
 */
public final class ScoreText {

    private ScoreText() {
    }

    /** @param score a finite score, as {@link RiskScore} and the matrices hold them */
    public static String of(double score) {
        if (score == Math.rint(score) && Math.abs(score) < 1e15) {
            return Long.toString((long) score);
        }
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
