package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.risk.RiskMatrixId;
import java.util.Optional;

public interface GetRiskMatrixEditingUseCase {

    /**
     * What an editor of a matrix may change, before anything is sent: everything for a new matrix ({@code id} empty);
     * for a stored one, its levels, scores and bands only while no risk is scored on it ({@code matrix_in_use}), its
     * name, description and default always. The create and update use cases still decide what they are sent.
     *
     * @throws io.aegis.application.port.ForbiddenException without {@code matrix:write} in any unit (audited)
     * @throws io.aegis.application.port.NotFoundException  for an unknown id, or a matrix the actor does not read
     */
    RiskMatrixEditingView editing(Actor actor, Optional<RiskMatrixId> id);
}
