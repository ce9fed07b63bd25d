package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;

public record ListRisksService(UseCaseRunner run, RiskReadModel readModel) implements ListRisksUseCase {

    @Override
    public Page<RiskView> list(Actor actor, ListRisksQuery query) {
        return run.readIn(actor, Permission.RISK_READ, "risk.list", scope -> readModel.list(query, scope, run.now()));
    }
}
