package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Words;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import java.util.ArrayList;
import java.util.List;

/**
 * A matrix's grid as the heat maps draw it (risk/grid.jte), most likely first, each cell's score and level in words
 * and in the level's colour; and its bands, from score to level. Drawn for a stored matrix and for the editor's
 * preview of one not stored yet.
 */
public record MatrixGrid(List<String> impacts, List<Row> rows, List<BandLine> bands) {

    public record Row(String likelihood, List<Cell> cells) {
    }

    public record Cell(String score, String level, String label) {
    }

    public record BandLine(String level, String label, String from, String to) {
    }

    /** A band as the grid reads it: the level (its key) of the scores from {@code min} to {@code max}. */
    private record Band(String level, double min, double max) {
    }

    static MatrixGrid of(RiskMatrixView matrix) {
        return of(matrix.likelihoodLevels().stream().map(RiskMatrixView.Level::name).toList(),
                matrix.impactLevels().stream().map(RiskMatrixView.Level::name).toList(), matrix.riskScores(),
                matrix.riskLevels().stream().map(band -> new Band(band.level(), band.minScore(), band.maxScore()))
                        .toList());
    }

    static MatrixGrid of(MatrixScoring scoring) {
        return of(scoring.likelihoodLevels().stream().map(MatrixLevel::name).toList(),
                scoring.impactLevels().stream().map(MatrixLevel::name).toList(), scoring.scores(),
                scoring.bands().stream().map(MatrixGrid::band).toList());
    }

    private static Band band(RiskBand band) {
        return new Band(band.level().key(), band.minScore(), band.maxScore());
    }

    private static MatrixGrid of(List<String> likelihoods, List<String> impacts, List<List<Double>> scores,
                                 List<Band> bands) {
        List<Row> rows = new ArrayList<>();
        for (int likelihood = likelihoods.size() - 1; likelihood >= 0; likelihood--) {
            List<Cell> cells = scores.get(likelihood).stream().map(score -> {
                String level = levelOf(bands, score);
                return new Cell(Scores.format(score), level, Words.label(level));
            }).toList();
            rows.add(new Row(likelihoods.get(likelihood), cells));
        }
        return new MatrixGrid(impacts, rows, bands.stream().map(band -> new BandLine(band.level(),
                Words.label(band.level()), Scores.format(band.min()), Scores.format(band.max()))).toList());
    }

    /** The level of the band holding {@code score}; a matrix's bands cover every score of its grid. */
    private static String levelOf(List<Band> bands, double score) {
        return bands.stream()
                .filter(band -> score >= band.min() && score <= band.max())
                .map(Band::level)
                .findFirst().orElseThrow(() -> new IllegalStateException("a score outside every band"));
    }
}
