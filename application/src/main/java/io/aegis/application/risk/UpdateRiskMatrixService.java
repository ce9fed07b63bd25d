package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.in.UpdateRiskMatrixCommand;
import io.aegis.application.risk.port.in.UpdateRiskMatrixUseCase;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskMatrix;
import java.util.Optional;

public record UpdateRiskMatrixService(UseCaseRunner run, RiskMatrixRepository matrices)
        implements UpdateRiskMatrixUseCase {

    @Override
    public RiskMatrixView update(Actor actor, UpdateRiskMatrixCommand command) {
        return run.changeIn(actor, Permission.MATRIX_WRITE, "risk_matrix.update", change -> {
            RiskMatrix current = RiskMatrixServiceSupport.loadToChange(matrices, command.id(), change);
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), "risk matrix",
                    command.id());
            MatrixScoring scoring = scoring(command, current.scoring());
            RiskMatrix changed = current.revise(
                    command.name().orElse(current.name()),
                    command.description().orElse(current.description()),
                    scoring,
                    command.isDefault().orElse(current.isDefault()),
                    command.active().orElse(current.active()),
                    !scoring.equals(current.scoring()) && matrices.scoresRisks(command.id()),
                    change.now());
            if (changed.isRenamedFrom(current)) {
                RiskMatrixServiceSupport.requireFree(matrices, changed.name(), Optional.of(command.id()));
            }
            // read before this change is written: afterwards there would be two defaults to choose from
            Optional<RiskMatrix> previousDefault = changed.isDefault() && !current.isDefault()
                    ? matrices.findDefault() : Optional.empty();
            StaleVersionException.requireWritten(matrices.update(changed, current.version()),
                    command.expectedVersion(), "risk matrix", command.id());
            RiskMatrixView after = RiskMatrixView.of(changed);
            change.auditIn(changed.unit(), RiskMatrixServiceSupport.RESOURCE, after.id(), RiskMatrixView.of(current),
                    after);
            RiskMatrixServiceSupport.handOverDefault(matrices, change, previousDefault, changed);
            return after;
        });
    }

    /** The sent parts over the stored ones, checked as one whole; the stored scoring when none is sent. */
    private static MatrixScoring scoring(UpdateRiskMatrixCommand command, MatrixScoring stored) {
        if (!command.changesScoring()) {
            return stored;
        }
        return new MatrixScoring(
                command.likelihoodLevels().orElse(stored.likelihoodLevels()),
                command.impactLevels().orElse(stored.impactLevels()),
                command.riskScores().orElse(stored.scores()),
                command.riskLevels().orElse(stored.bands()));
    }
}
