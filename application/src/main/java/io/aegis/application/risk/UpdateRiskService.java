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
import io.aegis.domain.organisation.OrgUnitId;
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
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.update", change -> {
            Risk current = RiskServiceSupport.loadToChange(risks, command.id(), change);
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "risk",
                    command.id());
            RiskMatrix matrix = command.changes().newMatrix()
                    .filter(id -> !id.equals(current.matrixId()))
                    .map(id -> RiskServiceSupport.matrixToRateOn(matrices, Optional.of(id), actor))
                    .orElseGet(() -> RiskServiceSupport.matrixOf(matrices, current));
            OrgUnitId unit = command.moveTo().orElse(current.unit());
            RiskServiceSupport.requirePlacement(change, references, current, unit, matrix);
            RiskFacts facts = command.changes().applyTo(current.facts());
            RiskServiceSupport.requireReferences(references, facts, Optional.of(current.facts()),
                    actor.scopeOf(Permission.ASSET_READ));
            Risk changed = current.revise(facts, matrix, command.changes().applyTo(current), policy, change.now())
                    .placedIn(unit);
            StaleVersionException.requireWritten(risks.update(changed, current.version()),
                    command.expectedVersion(), "risk", command.id());
            RiskServiceSupport.recordScores(risks, changed, changed.ratingsChangedFrom(current), matrix,
                    ScoringNote.none(), actor);
            RiskView after = RiskView.of(changed);
            change.auditIn(unit, RiskServiceSupport.RESOURCE, after.id(), RiskView.of(current), after);
            return after;
        });
    }
}
