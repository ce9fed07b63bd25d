package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.function.IntFunction;

/** A likelihood and an impact on one matrix, and the score and level that matrix gives them. */
public record RiskRating(Likelihood likelihood, Impact impact, RiskScore score) {

    public RiskRating {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(score, "score");
    }

    /**
     * Rates {@code likelihood} x {@code impact} on {@code matrix}.
     *
     * @throws InvalidValueException naming {@code <type>_likelihood} or {@code <type>_impact} when a value is
     *                               not a level of the matrix
     */
    public static RiskRating on(RiskMatrix matrix, ScoreType type, int likelihood, int impact) {
        Likelihood l = level(type.key() + "_likelihood", likelihood, matrix::likelihood);
        Impact i = level(type.key() + "_impact", impact, matrix::impact);
        return new RiskRating(l, i, matrix.score(l, i));
    }

    /** The matrix names its axis ("likelihood"); the client sent a field of the risk. */
    private static <T> T level(String field, int value, IntFunction<T> axis) {
        try {
            return axis.apply(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    public RiskLevel level() {
        return score.level();
    }
}
