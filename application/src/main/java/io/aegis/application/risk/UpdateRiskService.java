package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.UpdateRiskCommand;
import io.aegis.application.risk.port.in.UpdateRiskUseCase;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.ScoringNote;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateRiskService implements UpdateRiskUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;
    private final RiskMatrixRepository matrices;
    private final RiskReferences references;
    private final RiskReviewPolicy policy;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UpdateRiskService(AccessGuard guard, RiskRepository risks, RiskMatrixRepository matrices,
                             RiskReferences references, RiskReviewPolicy policy, Transactions transactions,
                             AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.risks = risks;
        this.matrices = matrices;
        this.references = references;
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RiskView update(Actor actor, UpdateRiskCommand command) {
        guard.require(actor, Permission.RISK_WRITE, "risk.update");
        return transactions.inTransaction(() -> {
            Risk current = RiskServiceSupport.load(risks, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "risk",
                    command.id());
            RiskMatrix matrix = command.changes().newMatrix()
                    .filter(id -> !id.equals(current.matrixId()))
                    .map(id -> RiskServiceSupport.matrixToRateOn(matrices, Optional.of(id)))
                    .orElseGet(() -> RiskServiceSupport.matrixOf(matrices, current));
            RiskFacts facts = command.changes().applyTo(current.facts());
            RiskServiceSupport.requireReferences(references, facts, Optional.of(current.facts()));
            Instant now = clock.instant();
            Risk changed = current.revise(facts, matrix, command.changes().applyTo(current), policy, now);
            StaleVersionException.requireWritten(risks.update(changed, current.version()),
                    command.expectedVersion(), "risk", command.id());
            RiskServiceSupport.recordScores(risks, changed, changed.ratingsChangedFrom(current), matrix,
                    ScoringNote.none(), actor);
            RiskView after = RiskView.of(changed);
            audit.record(AuditEntry.success(actor, now, "risk.update", RiskServiceSupport.RESOURCE, after.id(),
                    RiskView.of(current), after));
            return after;
        });
    }
}
