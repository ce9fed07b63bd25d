package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface WithdrawRiskAcceptanceUseCase {

    /** @throws io.aegis.domain.shared.RuleViolationException ({@code not_the_requester}, {@code acceptance_decided}) */
    RiskAcceptanceView withdraw(Actor actor, DecideRiskAcceptanceCommand command);
}
