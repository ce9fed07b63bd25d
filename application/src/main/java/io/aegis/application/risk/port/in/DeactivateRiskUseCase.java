package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.risk.RiskId;

public interface DeactivateRiskUseCase {

    /** Soft delete; deleting a deleted risk changes nothing. @throws io.aegis.application.port.NotFoundException */
    void deactivate(Actor actor, RiskId id);
}
