package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.DeactivateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;

public record DeactivateRiskMatrixService(UseCaseRunner run, RiskMatrixRepository matrices)
        implements DeactivateRiskMatrixUseCase {

    @Override
    public void deactivate(Actor actor, RiskMatrixId id) {
        run.changeIn(actor, Permission.MATRIX_WRITE, "risk_matrix.deactivate", change -> {
            RiskMatrix current = RiskMatrixServiceSupport.loadToChange(matrices, id, change);
            if (current.active()) {
                RiskMatrix deactivated = current.deactivate(change.now());
                StaleVersionException.requireWritten(matrices.update(deactivated, current.version()),
                        ExpectedVersion.ANY, "risk matrix", id);
                change.auditIn(current.unit(), RiskMatrixServiceSupport.RESOURCE, id.value(),
                        RiskMatrixView.of(current), RiskMatrixView.of(deactivated));
            }
            return null;
        });
    }
}
