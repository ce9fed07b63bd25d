package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.risk.RiskId;

public interface GetRiskUseCase {

    /** Deleted risks are found too. @throws io.aegis.application.port.NotFoundException */
    RiskView get(Actor actor, RiskId id);
}
