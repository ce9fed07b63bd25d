package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskUseCase;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;

/** One risk, with the acceptance it rests on while it is accepted. */
public record GetRiskService(UseCaseRunner run, RiskRepository risks, RiskAcceptanceRepository acceptances)
        implements GetRiskUseCase {

    @Override
    public RiskView get(Actor actor, RiskId id) {
        return run.consistentReadIn(actor, Permission.RISK_READ, "risk.read", scope -> {
            Risk risk = RiskServiceSupport.loadIn(risks, id, scope);
            return RiskView.of(risk).withAcceptance(risk.acceptedUntil()
                    .flatMap(until -> acceptances.lastApproved(id)).map(RiskAcceptanceView::of));
        });
    }
}
