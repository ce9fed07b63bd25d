package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface RecordRiskReviewUseCase {

    /** @return the reviewed risk; @throws io.aegis.application.port.NotFoundException */
    RiskView review(Actor actor, RecordRiskReviewCommand command);
}
