package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.page.Words;
import io.aegis.application.risk.port.in.RiskHeatmapView;
import java.util.Comparator;
import java.util.List;

/**
 * A heat map as a page draws it: rows from the most to the least likely, columns from the least to the most
 * severe impact, each cell with its count, its level (in words, not only in colour) and a link to the register
 * filtered to it.
 */
public record HeatmapGrid(String kind, String caption, List<String> impacts, List<Row> rows, long total, long unscored,
                          String unscoredLink) {

    public record Row(String likelihood, List<Cell> cells) {
    }

    /** @param likelihood and {@code impact}: the cell's pair, as the register's filters take it */
    public record Cell(int likelihood, int impact, long count, String level, String label, String link) {
    }

    static HeatmapGrid of(RiskHeatmapView map) {
        boolean inherent = map.scoreType().equals("inherent");
        String prefix = inherent ? "inherent_" : "residual_";
        List<Row> rows = map.likelihoodLevels().stream()
                .sorted(Comparator.comparingInt(RiskHeatmapView.Level::value).reversed())
                .map(likelihood -> new Row(likelihood.name(), map.impactLevels().stream()
                        .map(impact -> cell(map, prefix, likelihood.value(), impact.value()))
                        .toList()))
                .toList();
        return new HeatmapGrid(map.scoreType(), (inherent ? "Inherent" : "Residual") + " risk, " + map.riskMatrixName(),
                map.impactLevels().stream().map(RiskHeatmapView.Level::name).toList(), rows, map.total(),
                map.unscored(), RiskLinks.open("scored", "false"));
    }

    private static Cell cell(RiskHeatmapView map, String prefix, int likelihood, int impact) {
        RiskHeatmapView.Cell cell = map.cells().stream()
                .filter(candidate -> candidate.likelihood() == likelihood && candidate.impact() == impact)
                .findFirst().orElseThrow(() -> new IllegalStateException("the heat map lacks a cell"));
        return new Cell(likelihood, impact, cell.count(), cell.riskLevel(), Words.label(cell.riskLevel()),
                RiskLinks.open(prefix + "likelihood", String.valueOf(likelihood), prefix + "impact",
                        String.valueOf(impact)));
    }
}
