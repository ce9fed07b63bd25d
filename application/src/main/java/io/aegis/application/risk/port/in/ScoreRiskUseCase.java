package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface ScoreRiskUseCase {

    /** Records a re-scoring (a review) in the history and on the risk */
    RiskView score(Actor actor, ScoreRiskCommand command);
}
