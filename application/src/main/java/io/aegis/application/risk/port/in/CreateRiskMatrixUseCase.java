package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface CreateRiskMatrixUseCase {

    /**
     * A new default takes over from the previous one in the same transaction.
     *
     * @throws io.aegis.application.port.ConflictException when the name is taken (ignoring case)
     */
    RiskMatrixView create(Actor actor, CreateRiskMatrixCommand command);
}
