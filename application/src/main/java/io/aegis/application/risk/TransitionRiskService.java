package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskUseCase;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskReviewPolicy;

/** A move along the lifecycle is a review: it is recorded with its statuses and restarts the review interval. */
public record TransitionRiskService(UseCaseRunner run, RiskRepository risks, RiskReviewPolicy policy)
        implements TransitionRiskUseCase {

    @Override
    public RiskView transition(Actor actor, TransitionRiskCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.transition",
                change -> RiskServiceSupport.transition(risks, change, command, policy));
    }
}
