package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.risk.RiskMatrixId;

public interface DeactivateRiskMatrixUseCase {

    /**
     * Soft delete: risks scored on the matrix keep it. Deactivating an inactive matrix changes nothing.
     *
     * @throws io.aegis.application.port.NotFoundException   for an unknown id
     * @throws io.aegis.domain.shared.RuleViolationException for the default matrix ({@code default_matrix_required})
     */
    void deactivate(Actor actor, RiskMatrixId id);
}
