package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.ListRiskMatricesUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixReadModel;
import io.aegis.domain.identity.Permission;

public final class ListRiskMatricesService implements ListRiskMatricesUseCase {

    private final AccessGuard guard;
    private final RiskMatrixReadModel readModel;

    public ListRiskMatricesService(AccessGuard guard, RiskMatrixReadModel readModel) {
        this.guard = guard;
        this.readModel = readModel;
    }

    @Override
    public Page<RiskMatrixView> list(Actor actor, ListRiskMatricesQuery query) {
        guard.require(actor, Permission.RISK_READ, "risk_matrix.list");
        return readModel.list(query);
    }
}
