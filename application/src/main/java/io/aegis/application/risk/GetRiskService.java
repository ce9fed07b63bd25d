package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.risk.port.in.GetRiskUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;

public final class GetRiskService implements GetRiskUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;

    public GetRiskService(AccessGuard guard, RiskRepository risks) {
        this.guard = guard;
        this.risks = risks;
    }

    @Override
    public RiskView get(Actor actor, RiskId id) {
        guard.require(actor, Permission.RISK_READ, "risk.read");
        return RiskView.of(RiskServiceSupport.load(risks, id));
    }
}
