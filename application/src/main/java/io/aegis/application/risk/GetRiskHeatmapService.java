package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskHeatmapUseCase;
import io.aegis.application.risk.port.in.RiskHeatmapQuery;
import io.aegis.application.risk.port.in.RiskHeatmapView;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskReadModel.HeatmapCounts;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskHeatmap;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import java.util.Optional;

/**
 * A heat map draws one grid, so it counts the risks of one matrix: the one asked for, else the default. It counts
 * only the risks the reader may see; a matrix the reader may not see is refused as one that does not exist. Unless
 * statuses are named, it shows the open risks: a closed risk no longer weighs on the organisation.
 */
public record GetRiskHeatmapService(UseCaseRunner run, RiskMatrixRepository matrices, RiskReadModel readModel,
                                    AssetDependencyGraph graph) implements GetRiskHeatmapUseCase {

    private static final String ACTION = "risk.heatmap";

    @Override
    public RiskHeatmapView heatmap(Actor actor, RiskHeatmapQuery query) {
        RiskFilter filter = new RiskAssetReach(run, graph).resolve(actor, query.filter(), ACTION)
                .openUnlessStatusesNamed();
        return run.readIn(actor, Permission.RISK_READ, ACTION, scope -> {
            // a retired matrix still has risks to show
            RiskMatrix matrix = filter.matrix()
                    .map(id -> RiskServiceSupport.visibleMatrix(matrices, id, scope))
                    .orElseGet(() -> RiskServiceSupport.matrixToRateOn(matrices, Optional.empty(), actor));
            RiskMatrixId id = matrix.id().orElseThrow();
            HeatmapCounts counts = readModel.heatmap(query.scoreType(), filter.onMatrix(id), scope, run.now());
            return RiskHeatmapView.of(id.value(), matrix.name().value(), query.scoreType().key(),
                    matrix.scoring().likelihoodLevels(), matrix.scoring().impactLevels(),
                    RiskHeatmap.cells(matrix, counts.cells()), counts.unscored());
        });
    }
}
