package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface UpdateRiskUseCase {

    /**
     * A changed likelihood or impact appends to the score history.
     *
     * @throws io.aegis.application.port.StaleVersionException when the risk changed since the expected version
     * @throws io.aegis.domain.shared.RuleViolationException {@code unknown_org_unit} for a move out of the actor's
     *                                reach, {@code matrix_not_applicable} for a matrix that does not rate the unit
     */
    RiskView update(Actor actor, UpdateRiskCommand command);
}
