package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.risk.RiskId;

public interface ListRiskReviewsUseCase {

    /** The review record, newest first. @throws io.aegis.application.port.NotFoundException */
    Page<RiskReviewView> list(Actor actor, RiskId id, PageRequest page);
}
