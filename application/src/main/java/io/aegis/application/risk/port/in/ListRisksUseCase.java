package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListRisksUseCase {

    /** One page of the register */
    Page<RiskView> list(Actor actor, ListRisksQuery query);
}
