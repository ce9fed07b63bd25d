package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface RequestRiskAcceptanceUseCase {

    /**
     * @throws io.aegis.application.port.ConflictException ({@code acceptance_pending}) when one waits already
     * @throws io.aegis.domain.shared.RuleViolationException when the expiry or the risk refuse it
     */
    RiskAcceptanceView request(Actor actor, RequestRiskAcceptanceCommand command);
}
