package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskUseCase;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskNote;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskReviewPolicy;

/** A move along the lifecycle is a review: it is recorded with its statuses and restarts the review interval. */
public record TransitionRiskService(UseCaseRunner run, RiskRepository risks, RiskReviewPolicy policy)
        implements TransitionRiskUseCase {

    @Override
    public RiskView transition(Actor actor, TransitionRiskCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.transition", change -> {
            Risk current = RiskServiceSupport.loadToChange(risks, command.id(), change);
            Risk moved = current.transitionTo(command.to(), policy, change.now());
            StaleVersionException.requireWritten(risks.update(moved, current.version()),
                    ExpectedVersion.ANY, "risk", command.id());
            RiskServiceSupport.recordReview(risks, actor, by -> RiskReview.transition(current, moved, by,
                    command.reason().map(RiskNote::new)));
            RiskView after = RiskView.of(moved);
            change.auditIn(current.unit(), RiskServiceSupport.RESOURCE, after.id(), RiskView.of(current),
                    new RiskTransitionAudit(current.status().key(), moved.status().key(),
                            command.reason().orElse(null), after));
            return after;
        });
    }
}
