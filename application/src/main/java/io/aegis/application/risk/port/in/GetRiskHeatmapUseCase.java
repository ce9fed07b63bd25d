package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface GetRiskHeatmapUseCase {

    /** @throws io.aegis.domain.shared.RuleViolationException {@code unknown_risk_matrix} */
    RiskHeatmapView heatmap(Actor actor, RiskHeatmapQuery query);
}
