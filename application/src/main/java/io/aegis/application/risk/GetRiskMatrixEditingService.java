package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskMatrixEditingUseCase;
import io.aegis.application.risk.port.in.RiskMatrixEditingView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrixId;
import java.util.Optional;

public record GetRiskMatrixEditingService(UseCaseRunner run, RiskMatrixRepository matrices)
        implements GetRiskMatrixEditingUseCase {

    @Override
    public RiskMatrixEditingView editing(Actor actor, Optional<RiskMatrixId> id) {
        return run.readIn(actor, Permission.MATRIX_WRITE, "risk_matrix.edit", writeScope -> {
            // found as the actor reads matrices; whether this one may change is the update's to say
            id.ifPresent(matrix -> RiskMatrixServiceSupport.loadIn(matrices, matrix,
                    actor.scopeOf(Permission.RISK_READ)));
            return new RiskMatrixEditingView(id.isPresent() && matrices.scoresRisks(id.get()));
        });
    }
}
