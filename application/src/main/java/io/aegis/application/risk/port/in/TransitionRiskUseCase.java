package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface TransitionRiskUseCase {

    /** @throws io.aegis.domain.risk.IllegalRiskTransitionException naming the allowed moves */
    RiskView transition(Actor actor, TransitionRiskCommand command);
}
