package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.DecideRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.DecideRiskAcceptanceUseCase;
import io.aegis.application.risk.port.in.RiskAcceptanceDecision;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskReviewPolicy;

/**
 * Deciding a pending acceptance needs {@code risk:accept} in the risk's unit. Approving accepts the risk in the same
 * transaction: the move is recorded and audited as every transition is.
 */
public record DecideRiskAcceptanceService(UseCaseRunner run, RiskRepository risks,
                                          RiskAcceptanceRepository acceptances, RiskReviewPolicy reviewPolicy,
                                          RiskAcceptancePolicy acceptancePolicy) implements DecideRiskAcceptanceUseCase {

    @Override
    public RiskAcceptanceView decide(Actor actor, RiskAcceptanceDecision decision,
                                     DecideRiskAcceptanceCommand command) {
        return run.changeIn(actor, Permission.RISK_ACCEPT, "risk.acceptance.decide", change -> {
            Risk risk = RiskServiceSupport.loadToChange(risks, command.id(), Permission.RISK_ACCEPT, change);
            RiskAcceptance pending = RiskAcceptanceSupport.load(acceptances, command.id(), command.acceptance());
            UserId by = RiskServiceSupport.person(actor);
            RiskAcceptance decided = switch (decision) {
                case APPROVE -> pending.approve(by, command.note(), acceptancePolicy, change.now());
                case REJECT -> pending.reject(by, command.note(), change.now());
            };
            if (decision == RiskAcceptanceDecision.APPROVE) {
                Risk accepted = risk.accept(decided, reviewPolicy, change.now());
                StaleVersionException.requireWritten(risks.update(accepted, risk.version()),
                        ExpectedVersion.ANY, "risk", command.id());
                risks.appendReview(RiskReview.transition(risk, accepted, by, decided.decisionNote()));
                RiskView after = RiskView.of(accepted);
                change.auditIn("risk.transition", risk.unit(), RiskServiceSupport.RESOURCE, after.id(),
                        RiskView.of(risk), new RiskTransitionAudit(risk.status().key(), accepted.status().key(),
                                "acceptance " + command.acceptance() + " approved", after));
            }
            return RiskAcceptanceSupport.storeDecision(acceptances, change, risk.unit(), pending, decided,
                    command.note());
        });
    }
}
