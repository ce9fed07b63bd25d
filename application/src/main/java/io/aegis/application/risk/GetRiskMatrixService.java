package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.risk.port.in.GetRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrixId;

public final class GetRiskMatrixService implements GetRiskMatrixUseCase {

    private final AccessGuard guard;
    private final RiskMatrixRepository matrices;

    public GetRiskMatrixService(AccessGuard guard, RiskMatrixRepository matrices) {
        this.guard = guard;
        this.matrices = matrices;
    }

    @Override
    public RiskMatrixView get(Actor actor, RiskMatrixId id) {
        guard.require(actor, Permission.RISK_READ, "risk_matrix.read");
        return RiskMatrixView.of(RiskMatrixServiceSupport.load(matrices, id));
    }
}
