package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a matrix scores with: the two axes, the grid of scores (row = likelihood, column = impact) and the
 * bands that rate a score as a level. Built as one checked whole, because each part is only meaningful
 * against the others. Scores never fall as likelihood or impact rise: a worse risk cannot rate lower.
 */
public final class MatrixScoring {

    /** How few and how many levels an axis may have. */
    public static final int MIN_LEVELS = MatrixAxis.MIN_LEVELS;
    public static final int MAX_LEVELS = MatrixAxis.MAX_LEVELS;

    private final MatrixAxis likelihoods;
    private final MatrixAxis impacts;
    private final List<List<Double>> scores;
    private final List<RiskBand> bands;

    /**
     * @throws InvalidValueException  when an axis, a score or a band is malformed on its own
     * @throws RuleViolationException when the parts do not fit together ({@code matrix_incomplete},
     *                                {@code scores_decreasing}, {@code bands_out_of_order}, {@code bands_overlap})
     */
    public MatrixScoring(List<MatrixLevel> likelihoodLevels, List<MatrixLevel> impactLevels,
                         List<List<Double>> scores, List<RiskBand> bands) {
        this.likelihoods = new MatrixAxis("likelihood_levels", likelihoodLevels);
        this.impacts = new MatrixAxis("impact_levels", impactLevels);
        this.scores = requireGrid(scores, likelihoods.size(), impacts.size());
        this.bands = ScoreBands.require(bands, this.scores);
    }

    private static List<List<Double>> requireGrid(List<List<Double>> raw, int rows, int columns) {
        if (raw == null || raw.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("risk_scores", "is required");
        }
        if (raw.size() != rows || raw.stream().anyMatch(row -> row.size() != columns)) {
            throw new RuleViolationException("matrix_incomplete",
                    "risk_scores must hold " + rows + " rows (one per likelihood) of " + columns
                            + " scores (one per impact)");
        }
        List<List<Double>> grid = new ArrayList<>(rows);
        for (List<Double> row : raw) {
            if (row.stream().anyMatch(score -> score == null || !Double.isFinite(score) || score <= 0)) {
                throw new InvalidValueException("risk_scores", "every score must be a positive number");
            }
            grid.add(List.copyOf(row));
        }
        for (int l = 0; l < rows; l++) {
            for (int i = 0; i < columns; i++) {
                double score = grid.get(l).get(i);
                if ((l > 0 && score < grid.get(l - 1).get(i)) || (i > 0 && score < grid.get(l).get(i - 1))) {
                    throw new RuleViolationException("scores_decreasing", "risk_scores: the score at likelihood "
                            + (l + 1) + ", impact " + (i + 1) + " is below a cell of lower likelihood or impact");
                }
            }
        }
        return List.copyOf(grid);
    }

    /** @throws InvalidValueException when {@code value} is not a level of the likelihood axis */
    public Likelihood likelihood(int value) {
        return new Likelihood(likelihoods.require("likelihood", value));
    }

    /** @throws InvalidValueException when {@code value} is not a level of the impact axis */
    public Impact impact(int value) {
        return new Impact(impacts.require("impact", value));
    }

    /** @throws InvalidValueException when either level lies outside this matrix */
    public RiskScore score(Likelihood likelihood, Impact impact) {
        int row = likelihoods.require("likelihood", likelihood.value());
        int column = impacts.require("impact", impact.value());
        double score = scores.get(row - 1).get(column - 1);
        // the constructor proved every grid score falls in exactly one band
        RiskBand band = bands.stream().filter(b -> b.covers(score)).findFirst().orElseThrow();
        return new RiskScore(score, band.level());
    }

    public List<MatrixLevel> likelihoodLevels() {
        return likelihoods.levels();
    }

    public List<MatrixLevel> impactLevels() {
        return impacts.levels();
    }

    public List<List<Double>> scores() {
        return scores;
    }

    public List<RiskBand> bands() {
        return bands;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixScoring that && likelihoods.equals(that.likelihoods)
                && impacts.equals(that.impacts) && scores.equals(that.scores) && bands.equals(that.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(likelihoods, impacts, scores, bands);
    }
}
