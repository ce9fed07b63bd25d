package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;

public record GetRiskService(UseCaseRunner run, RiskRepository risks) implements GetRiskUseCase {

    @Override
    public RiskView get(Actor actor, RiskId id) {
        return run.readIn(actor, Permission.RISK_READ, "risk.read",
                scope -> RiskView.of(RiskServiceSupport.loadIn(risks, id, scope)));
    }
}
