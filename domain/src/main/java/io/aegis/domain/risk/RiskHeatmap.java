package io.aegis.domain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many risks sit in each cell of a matrix: every cell of the grid, empty ones too, so a heat map can be
 * drawn from the answer alone. Each cell carries what the matrix says of it: score, level and colour.
 */
public final class RiskHeatmap {

    /** A cell's position; the key of the counts. */
    public record Position(int likelihood, int impact) {
    }

    public record Cell(int likelihood, int impact, double score, RiskLevel level, String color, long count) {
    }

    private RiskHeatmap() {
    }

    /** Counts at positions outside the matrix (rated on another grid) are not shown. */
    public static List<Cell> cells(RiskMatrix matrix, Map<Position, Long> counts) {
        MatrixScoring scoring = matrix.scoring();
        List<Cell> cells = new ArrayList<>();
        for (MatrixLevel likelihood : scoring.likelihoodLevels()) {
            for (MatrixLevel impact : scoring.impactLevels()) {
                RiskScore score = matrix.score(new Likelihood(likelihood.value()), new Impact(impact.value()));
                String color = scoring.bands().stream().filter(band -> band.covers(score.value())).findFirst()
                        .orElseThrow().color().value();
                cells.add(new Cell(likelihood.value(), impact.value(), score.value(), score.level(), color,
                        counts.getOrDefault(new Position(likelihood.value(), impact.value()), 0L)));
            }
        }
        return cells;
    }
}
