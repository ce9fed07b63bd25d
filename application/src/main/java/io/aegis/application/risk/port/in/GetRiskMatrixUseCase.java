package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.risk.RiskMatrixId;

public interface GetRiskMatrixUseCase {

    /** Inactive matrices are found too. @throws io.aegis.application.port.NotFoundException */
    RiskMatrixView get(Actor actor, RiskMatrixId id);
}
