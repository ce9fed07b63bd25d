package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.ScoreType;
import java.util.Objects;

/** A heat map of the risks {@code filter} selects; its matrix is the filter's, else the default matrix. */
public record RiskHeatmapQuery(ScoreType scoreType, RiskFilter filter) {

    public RiskHeatmapQuery {
        Objects.requireNonNull(scoreType, "scoreType");
        Objects.requireNonNull(filter, "filter");
    }
}
