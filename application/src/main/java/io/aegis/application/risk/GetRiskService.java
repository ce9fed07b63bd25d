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
        return run.read(actor, Permission.RISK_READ, "risk.read",
                () -> RiskView.of(RiskServiceSupport.load(risks, id)));
    }
}
