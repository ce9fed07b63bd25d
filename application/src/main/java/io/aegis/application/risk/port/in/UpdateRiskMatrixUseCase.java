package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface UpdateRiskMatrixUseCase {

    /**
     * Becoming the default takes over from the previous default in the same transaction.
     *
     * @throws io.aegis.application.port.NotFoundException     for an unknown id
     * @throws io.aegis.application.port.StaleVersionException when someone changed it since the expected version
     * @throws io.aegis.application.port.ConflictException     when the new name is taken
     * @throws io.aegis.domain.shared.RuleViolationException   when the matrix's rules refuse the change
     *                                                         ({@code matrix_in_use}, {@code default_matrix_required},
     *                                                         {@code matrix_inactive}, and the scoring's own)
     */
    RiskMatrixView update(Actor actor, UpdateRiskMatrixCommand command);
}
