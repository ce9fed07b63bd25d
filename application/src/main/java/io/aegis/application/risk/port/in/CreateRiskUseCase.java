package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface CreateRiskUseCase {

    /** @throws io.aegis.domain.shared.RuleViolationException {@code unknown_risk_matrix}, {@code unknown_asset}, {@code unknown_owner}, {@code residual_above_inherent} */
    RiskView create(Actor actor, CreateRiskCommand command);
}
