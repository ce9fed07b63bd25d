package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.risk.RiskId;

public interface ListRiskAcceptancesUseCase {

    /** The risk's acceptances, newest first. @throws io.aegis.application.port.NotFoundException */
    Page<RiskAcceptanceView> list(Actor actor, RiskId id, PageRequest page);
}
