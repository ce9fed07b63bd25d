package io.aegis.application.risk.port.out;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskHeatmap;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.risk.ScoreType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The register straight from storage: filters, order, paging and counts in the store's queries, each over the risks
 * of the reader's {@link Scope} only. Views carry the owner's and the asset's names, read in the same query.
 */
public interface RiskReadModel {

    /** @param now what "review overdue" is measured against */
    Page<RiskView> list(ListRisksQuery query, Scope scope, Instant now);

    /** One risk, deleted ones too; empty when there is none of that id in {@code scope}. */
    Optional<RiskView> find(RiskId id, Scope scope);

    /** How many risks {@code filter} selects per cell of their {@code type} rating, and how many have none. */
    HeatmapCounts heatmap(ScoreType type, RiskFilter filter, Scope scope, Instant now);

    /** How many risks {@code filter} selects in each status, in one aggregate; a status none is in may be absent. */
    Map<RiskStatus, Long> countByStatus(RiskFilter filter, Scope scope, Instant now);

    /** A risk's score history, newest first; empty when the risk is out of {@code scope}. */
    Page<RiskScoreView> scores(RiskId id, Scope scope, PageRequest page);

    /** @param unscored the selected risks without a rating of the heat map's type, which no cell counts */
    record HeatmapCounts(Map<RiskHeatmap.Position, Long> cells, long unscored) {

        public HeatmapCounts {
            cells = Map.copyOf(cells);
        }
    }
}
