package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.in.ScoreRiskCommand;
import io.aegis.application.risk.port.in.ScoreRiskUseCase;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.ScoreType;
import java.util.List;

/**
 * A re-scoring is a review: every rating the risk holds after it is recorded, changed or confirmed (a kept residual
 * rating too, so the history shows both as they stand after each re-scoring).
 */
public record ScoreRiskService(UseCaseRunner run, RiskRepository risks, RiskMatrixRepository matrices,
                               RiskReviewPolicy policy) implements ScoreRiskUseCase {

    @Override
    public RiskView score(Actor actor, ScoreRiskCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.score", change -> {
            Risk current = RiskServiceSupport.loadToChange(risks, command.id(), change);
            RiskMatrix matrix = RiskServiceSupport.matrixOf(matrices, current);
            RiskEstimate estimate = command.estimate();
            Risk scored = command.keepResidual()
                    ? current.rescoreInherent(matrix, estimate.inherentLikelihood(), estimate.inherentImpact(), policy,
                            change.now())
                    : current.rescore(matrix, estimate, policy, change.now());
            StaleVersionException.requireWritten(risks.update(scored, current.version()),
                    ExpectedVersion.ANY, "risk", command.id());
            RiskServiceSupport.recordScores(risks, scored, List.of(ScoreType.values()), matrix, command.note(),
                    actor);
            RiskView after = RiskView.of(scored);
            change.auditIn(current.unit(), RiskServiceSupport.RESOURCE, after.id(), RiskView.of(current), after);
            return after;
        });
    }
}
