package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.RiskHeatmap;
import java.util.List;

/**
 * A matrix's grid with how many risks sit in each cell; {@code total} is their sum. {@code unscored} counts the
 * selected risks without a rating of the map's score type, which no cell holds.
 */
public record RiskHeatmapView(long riskMatrixId, String riskMatrixName, String scoreType,
                              List<Level> likelihoodLevels, List<Level> impactLevels, List<Cell> cells, long total,
                              long unscored) {

    public record Level(int value, String name, String description) {

        static List<Level> of(List<MatrixLevel> levels) {
            return levels.stream().map(level -> new Level(level.value(), level.name(), level.description())).toList();
        }
    }

    public record Cell(int likelihood, int impact, double score, String riskLevel, String color, long count) {

        static Cell of(RiskHeatmap.Cell cell) {
            return new Cell(cell.likelihood(), cell.impact(), cell.score(), cell.level().key(), cell.color(),
                    cell.count());
        }
    }

    public static RiskHeatmapView of(long matrixId, String matrixName, String scoreType,
                                     List<MatrixLevel> likelihoods, List<MatrixLevel> impacts,
                                     List<RiskHeatmap.Cell> cells, long unscored) {
        return new RiskHeatmapView(matrixId, matrixName, scoreType, Level.of(likelihoods), Level.of(impacts),
                cells.stream().map(Cell::of).toList(), cells.stream().mapToLong(RiskHeatmap.Cell::count).sum(),
                unscored);
    }
}
