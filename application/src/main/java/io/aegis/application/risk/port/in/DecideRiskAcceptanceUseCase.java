package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

public interface DecideRiskAcceptanceUseCase {

    /**
     * Approves (the risk becomes accepted) or rejects the acceptance; needs {@code risk:accept} in the risk's unit.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code four_eyes_required}, {@code acceptance_decided},
     *                                                       {@code acceptance_expired}, {@code acceptance_incomplete})
     */
    RiskAcceptanceView decide(Actor actor, RiskAcceptanceDecision decision, DecideRiskAcceptanceCommand command);
}
