package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskHeatmapUseCase;
import io.aegis.application.risk.port.in.RiskHeatmapQuery;
import io.aegis.application.risk.port.in.RiskHeatmapView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskHeatmap;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import java.util.Map;
import java.util.Optional;

/**
 * A heat map draws one grid, so it counts the risks of one matrix: the one asked for, else the default. It counts
 * only the risks the reader may see; a matrix the reader may not see is refused as one that does not exist.
 */
public record GetRiskHeatmapService(UseCaseRunner run, RiskMatrixRepository matrices, RiskReadModel readModel)
        implements GetRiskHeatmapUseCase {

    @Override
    public RiskHeatmapView heatmap(Actor actor, RiskHeatmapQuery query) {
        return run.readIn(actor, Permission.RISK_READ, "risk.heatmap", scope -> {
            // a retired matrix still has risks to show
            RiskMatrix matrix = query.filter().matrix()
                    .map(id -> RiskServiceSupport.visibleMatrix(matrices, id, scope))
                    .orElseGet(() -> RiskServiceSupport.matrixToRateOn(matrices, Optional.empty(), actor));
            RiskMatrixId id = matrix.id().orElseThrow();
            Map<RiskHeatmap.Position, Long> counts = readModel.heatmap(query.scoreType(),
                    query.filter().onMatrix(id), scope, run.now());
            return RiskHeatmapView.of(id.value(), matrix.name().value(), query.scoreType().key(),
                    matrix.scoring().likelihoodLevels(), matrix.scoring().impactLevels(),
                    RiskHeatmap.cells(matrix, counts));
        });
    }
}
