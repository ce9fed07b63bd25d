package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface UpdateRiskUseCase {

    /** A changed likelihood or impact appends to the score history. @throws io.aegis.application.port.StaleVersionException */
    RiskView update(Actor actor, UpdateRiskCommand command);
}
