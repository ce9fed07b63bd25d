package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.Words;
import io.aegis.application.risk.port.in.RiskMatrixView;
import java.util.ArrayList;
import java.util.List;

/**
 * A matrix's page (risk/matrix.jte): its grid as the heat maps draw it, most likely first, each cell's score and
 * level in words; and its bands, from score to level.
 */
public record MatrixPage(Chrome chrome, RiskMatrixView matrix, List<String> impacts, List<Row> rows,
                         List<BandLine> bands) {

    public record Row(String likelihood, List<Cell> cells) {
    }

    public record Cell(String score, String level, String label) {
    }

    public record BandLine(String level, String label, String from, String to) {
    }

    static MatrixPage of(Chrome chrome, RiskMatrixView matrix) {
        List<Row> rows = new ArrayList<>();
        for (int likelihood = matrix.likelihoodLevels().size() - 1; likelihood >= 0; likelihood--) {
            List<Double> scores = matrix.riskScores().get(likelihood);
            List<Cell> cells = scores.stream().map(score -> {
                String level = levelOf(matrix, score);
                return new Cell(Scores.format(score), level, Words.label(level));
            }).toList();
            rows.add(new Row(matrix.likelihoodLevels().get(likelihood).name(), cells));
        }
        return new MatrixPage(chrome, matrix, matrix.impactLevels().stream().map(RiskMatrixView.Level::name).toList(),
                rows, matrix.riskLevels().stream().map(band -> new BandLine(band.level(), Words.label(band.level()),
                        Scores.format(band.minScore()), Scores.format(band.maxScore()))).toList());
    }

    /** The level of the band holding {@code score}; the matrix's bands cover every score of its grid. */
    private static String levelOf(RiskMatrixView matrix, double score) {
        return matrix.riskLevels().stream()
                .filter(band -> score >= band.minScore() && score <= band.maxScore())
                .map(RiskMatrixView.Band::level)
                .findFirst().orElseThrow(() -> new IllegalStateException("a score outside every band"));
    }
}
