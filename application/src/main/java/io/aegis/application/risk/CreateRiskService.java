package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskCommand;
import io.aegis.application.risk.port.in.CreateRiskUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.risk.ScoreType;
import io.aegis.domain.risk.ScoringNote;
import java.util.List;
import java.util.Optional;

public record CreateRiskService(UseCaseRunner run, RiskRepository risks, RiskMatrixRepository matrices,
                                RiskReferences references, RiskReviewPolicy policy) implements CreateRiskUseCase {

    @Override
    public RiskView create(Actor actor, CreateRiskCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.create", change -> {
            OrgUnitId unit = UnitPlacement.ofNewRow(change, command.unit(), references::activeUnitExists);
            RiskMatrix matrix = RiskServiceSupport.matrixToRateOn(matrices, command.matrix(), actor);
            RiskServiceSupport.requireApplies(references, matrix, unit);
            RiskServiceSupport.requireReferences(references, command.facts(), Optional.empty(),
                    actor.scopeOf(Permission.ASSET_READ));
            Risk created = risks.insert(Risk.identify(command.facts(), unit, matrix, command.estimate(),
                    command.identifiedDate(), actor.userId().map(UserId::new), policy, change.now()));
            RiskServiceSupport.recordScores(risks, created, List.of(ScoreType.values()), matrix, ScoringNote.none(),
                    actor);
            RiskView view = RiskView.of(created);
            change.auditIn(unit, RiskServiceSupport.RESOURCE, view.id(), null, view);
            return view;
        });
    }
}
