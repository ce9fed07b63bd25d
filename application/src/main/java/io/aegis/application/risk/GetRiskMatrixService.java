package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrixId;

public record GetRiskMatrixService(UseCaseRunner run, RiskMatrixRepository matrices) implements GetRiskMatrixUseCase {

    @Override
    public RiskMatrixView get(Actor actor, RiskMatrixId id) {
        return run.readIn(actor, Permission.RISK_READ, "risk_matrix.read",
                scope -> RiskMatrixView.of(RiskMatrixServiceSupport.loadIn(matrices, id, scope)));
    }
}
