package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.page.Words;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.port.Actor;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.CountRisksByStatusUseCase;
import io.aegis.application.risk.port.in.ExposedAssetView;
import io.aegis.application.risk.port.in.GetRiskHeatmapUseCase;
import io.aegis.application.risk.port.in.ListMostExposedAssetsUseCase;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.in.RiskHeatmapQuery;
import io.aegis.application.risk.port.in.RiskHeatmapView;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.ScoreType;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /}: where the register stands, for a risk owner or a CISO at a glance: open risks by level and by status,
 * the inherent and residual heat maps (each cell a link to the register filtered to it), the reviews overdue, and
 * the assets carrying the most risk once their critical dependencies are rolled up (for readers of assets too).
 */
public record DashboardPages(GetRiskHeatmapUseCase heatmap, ListRisksUseCase risks,
                             CountRisksByStatusUseCase statuses, ListMostExposedAssetsUseCase mostExposed)
        implements PageController {

    @Override
    public List<PageRoute> pages() {
        return List.of(PageRoute.get("/", this::dashboard));
    }

    private void dashboard(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        RiskFilter open = RiskFilter.active().withStatuses(RiskFilter.OPEN);
        RiskHeatmapView inherent = heatmap.heatmap(actor, new RiskHeatmapQuery(ScoreType.INHERENT, open));
        RiskHeatmapView residual = heatmap.heatmap(actor, new RiskHeatmapQuery(ScoreType.RESIDUAL, open));
        List<Tally> byStatus = statuses.count(actor, RiskFilter.active()).entrySet().stream()
                .map(status -> new Tally(Words.label(status.getKey()), status.getKey(), status.getValue(),
                        RiskLinks.register("status", status.getKey())))
                .toList();
        List<Tally> byLevel = Arrays.stream(RiskLevel.values())
                .map(level -> new Tally(Words.label(level.key()), level.key(), inherent.cells().stream()
                        .filter(cell -> cell.riskLevel().equals(level.key()))
                        .mapToLong(RiskHeatmapView.Cell::count).sum(),
                        RiskLinks.open("risk_level", level.key())))
                .toList();
        Tally overdue = new Tally("Reviews overdue", "overdue", count(actor, RiskFilter.active().overdueForReview()),
                RiskLinks.register("review_overdue", "true", "sort", "next_review_date"));
        Pages.render(ctx, "risk/dashboard.jte", new DashboardPage(Chrome.of(ctx, "Dashboard", Section.DASHBOARD),
                inherent.total() + inherent.unscored(), byLevel, byStatus, overdue, HeatmapGrid.of(inherent),
                HeatmapGrid.of(residual), mostExposed(actor)));
    }

    private long count(Actor actor, RiskFilter filter) {
        return risks.list(actor, new ListRisksQuery(filter, List.of(), new PageRequest(1, 0))).total();
    }

    /** The panel, for those who read assets as well as risks; empty (no panel) for the others. */
    private Optional<List<ExposedAsset>> mostExposed(Actor actor) {
        if (!actor.may(Permission.ASSET_READ)) {
            return Optional.empty();
        }
        return Optional.of(mostExposed.list(actor, ListMostExposedAssetsUseCase.DEFAULT_LIMIT).stream()
                .map(ExposedAsset::of).toList());
    }

    /** A number on the dashboard, with the register's view of what it counts. */
    public record Tally(String label, String key, long count, String link) {
    }

    /** A line of the most exposed assets: its highest level in words, and whether it carries it through another. */
    public record ExposedAsset(long id, String name, String level, String levelLabel, String score, boolean carried,
                               long total) {

        static ExposedAsset of(ExposedAssetView asset) {
            return new ExposedAsset(asset.assetId(), asset.name(), asset.highestLevel(),
                    Words.label(asset.highestLevel()), Scores.format(asset.highestScore()), asset.carried(),
                    asset.total());
        }
    }

    /**
     * @param open        every open risk, scored or not
     * @param mostExposed the assets carrying the most risk; empty for a viewer who may not read assets
     */
    public record DashboardPage(Chrome chrome, long open, List<Tally> byLevel, List<Tally> byStatus, Tally overdue,
                                HeatmapGrid inherent, HeatmapGrid residual, Optional<List<ExposedAsset>> mostExposed) {
    }
}
