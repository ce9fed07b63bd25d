package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
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
import java.util.Optional;

public record UpdateRiskService(UseCaseRunner run, RiskRepository risks, RiskMatrixRepository matrices,
                                RiskReferences references, RiskReviewPolicy policy) implements UpdateRiskUseCase {

    @Override
    public RiskView update(Actor actor, UpdateRiskCommand command) {
        return run.change(actor, Permission.RISK_WRITE, "risk.update", change -> {
            Risk current = RiskServiceSupport.load(risks, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "risk",
                    command.id());
            RiskMatrix matrix = command.changes().newMatrix()
                    .filter(id -> !id.equals(current.matrixId()))
                    .map(id -> RiskServiceSupport.matrixToRateOn(matrices, Optional.of(id)))
                    .orElseGet(() -> RiskServiceSupport.matrixOf(matrices, current));
            RiskFacts facts = command.changes().applyTo(current.facts());
            RiskServiceSupport.requireReferences(references, facts, Optional.of(current.facts()));
            Risk changed = current.revise(facts, matrix, command.changes().applyTo(current), policy, change.now());
            StaleVersionException.requireWritten(risks.update(changed, current.version()),
                    command.expectedVersion(), "risk", command.id());
            RiskServiceSupport.recordScores(risks, changed, changed.ratingsChangedFrom(current), matrix,
                    ScoringNote.none(), actor);
            RiskView after = RiskView.of(changed);
            change.audit(RiskServiceSupport.RESOURCE, after.id(), RiskView.of(current), after);
            return after;
        });
    }
}
