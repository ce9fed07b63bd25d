package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.risk.RiskId;

public interface ListRiskScoresUseCase {

    /** The score history, newest first. @throws io.aegis.application.port.NotFoundException */
    Page<RiskScoreView> list(Actor actor, RiskId id, PageRequest page);
}
