package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.CreateRiskUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class CreateRiskService implements CreateRiskUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;
    private final RiskMatrixRepository matrices;
    private final RiskReferences references;
    private final RiskReviewPolicy policy;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateRiskService(AccessGuard guard, RiskRepository risks, RiskMatrixRepository matrices,
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
    public RiskView create(Actor actor, CreateRiskCommand command) {
        guard.require(actor, Permission.RISK_WRITE, "risk.create");
        return transactions.inTransaction(() -> {
            RiskMatrix matrix = RiskServiceSupport.matrixToRateOn(matrices, command.matrix());
            RiskServiceSupport.requireReferences(references, command.facts(), Optional.empty());
            Instant now = clock.instant();
            Risk created = risks.insert(Risk.identify(command.facts(), matrix, command.estimate(),
                    command.identifiedDate(), actor.userId().map(UserId::new), policy, now));
            RiskServiceSupport.recordScores(risks, created, List.of(ScoreType.values()), matrix, ScoringNote.none(),
                    actor);
            RiskView view = RiskView.of(created);
            audit.record(AuditEntry.success(actor, now, "risk.create", RiskServiceSupport.RESOURCE, view.id(), null,
                    view));
            return view;
        });
    }
}
