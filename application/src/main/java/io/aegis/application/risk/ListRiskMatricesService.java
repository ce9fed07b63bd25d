package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.ListRiskMatricesUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixReadModel;
import io.aegis.domain.identity.Permission;

public record ListRiskMatricesService(UseCaseRunner run, RiskMatrixReadModel readModel)
        implements ListRiskMatricesUseCase {

    @Override
    public Page<RiskMatrixView> list(Actor actor, ListRiskMatricesQuery query) {
        return run.readIn(actor, Permission.RISK_READ, "risk_matrix.list", scope -> readModel.list(query, scope));
    }
}
