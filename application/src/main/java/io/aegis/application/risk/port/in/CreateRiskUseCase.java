package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface CreateRiskUseCase {

    /**
     * @throws io.aegis.domain.shared.RuleViolationException {@code unknown_risk_matrix}, {@code unknown_asset},
     *                                {@code unknown_owner}, {@code residual_above_inherent}, {@code unknown_org_unit},
     *                                {@code org_unit_required}, {@code matrix_not_applicable}
     */
    RiskView create(Actor actor, CreateRiskCommand command);
}
