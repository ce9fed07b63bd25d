package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRiskAcceptancesUseCase;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskId;

public record ListRiskAcceptancesService(UseCaseRunner run, RiskRepository risks,
                                         RiskAcceptanceRepository acceptances) implements ListRiskAcceptancesUseCase {

    @Override
    public Page<RiskAcceptanceView> list(Actor actor, RiskId id, PageRequest page) {
        return run.readIn(actor, Permission.RISK_READ, "risk.acceptances", scope -> {
            RiskServiceSupport.loadIn(risks, id, scope);
            Page<RiskAcceptance> found = acceptances.of(id, page);
            return new Page<>(found.items().stream().map(RiskAcceptanceView::of).toList(), found.total(),
                    found.limit(), found.offset());
        });
    }
}
