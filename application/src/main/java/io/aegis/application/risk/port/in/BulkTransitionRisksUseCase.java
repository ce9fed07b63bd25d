package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import java.util.List;

public interface BulkTransitionRisksUseCase {

    /**
     * Moves every risk named, in one transaction, or none.
     *
     * @return the moved risks, in the order named
     * @throws BulkTransitionRefusedException naming each risk refused and why
     */
    List<RiskView> transition(Actor actor, BulkTransitionRisksCommand command);
}
