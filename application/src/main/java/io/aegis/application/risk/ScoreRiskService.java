package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.ScoreRiskCommand;
import io.aegis.application.risk.port.in.ScoreRiskUseCase;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.ScoreType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A re-scoring is a review: every rating the risk holds is recorded, changed or confirmed. */
public final class ScoreRiskService implements ScoreRiskUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;
    private final RiskMatrixRepository matrices;
    private final RiskReviewPolicy policy;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ScoreRiskService(AccessGuard guard, RiskRepository risks, RiskMatrixRepository matrices,
                            RiskReviewPolicy policy, Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.risks = risks;
        this.matrices = matrices;
        this.policy = policy;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RiskView score(Actor actor, ScoreRiskCommand command) {
        guard.require(actor, Permission.RISK_WRITE, "risk.score");
        return transactions.inTransaction(() -> {
            Risk current = RiskServiceSupport.load(risks, command.id());
            RiskMatrix matrix = RiskServiceSupport.matrixOf(matrices, current);
            Instant now = clock.instant();
            Risk scored = current.rescore(matrix, command.estimate(), policy, now);
            StaleVersionException.requireWritten(risks.update(scored, current.version()),
                    ExpectedVersion.ANY, "risk", command.id());
            RiskServiceSupport.recordScores(risks, scored, List.of(ScoreType.values()), matrix, command.note(),
                    actor);
            RiskView after = RiskView.of(scored);
            audit.record(AuditEntry.success(actor, now, "risk.score", RiskServiceSupport.RESOURCE, after.id(),
                    RiskView.of(current), after));
            return after;
        });
    }
}
