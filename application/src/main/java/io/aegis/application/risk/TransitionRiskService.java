package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.TransitionRiskCommand;
import io.aegis.application.risk.port.in.TransitionRiskUseCase;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskReviewPolicy;
import java.time.Clock;
import java.time.Instant;

public final class TransitionRiskService implements TransitionRiskUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;
    private final RiskReviewPolicy policy;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public TransitionRiskService(AccessGuard guard, RiskRepository risks, RiskReviewPolicy policy,
                                 Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.risks = risks;
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RiskView transition(Actor actor, TransitionRiskCommand command) {
        guard.require(actor, Permission.RISK_WRITE, "risk.transition");
        return transactions.inTransaction(() -> {
            Risk current = RiskServiceSupport.load(risks, command.id());
            Instant now = clock.instant();
            Risk moved = current.transitionTo(command.to(), policy, now);
            StaleVersionException.requireWritten(risks.update(moved, current.version()),
                    ExpectedVersion.ANY, "risk", command.id());
            RiskView after = RiskView.of(moved);
            audit.record(AuditEntry.success(actor, now, "risk.transition", RiskServiceSupport.RESOURCE, after.id(),
                    RiskView.of(current), new RiskTransitionAudit(current.status().key(), moved.status().key(),
                            command.reason().orElse(null), after)));
            return after;
        });
    }
}
