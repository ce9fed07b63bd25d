package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;

public record ListRisksService(UseCaseRunner run, RiskReadModel readModel, AssetDependencyGraph graph)
        implements ListRisksUseCase {

    private static final String ACTION = "risk.list";

    @Override
    public Page<RiskView> list(Actor actor, ListRisksQuery query) {
        ListRisksQuery resolved = query.withFilter(new RiskAssetReach(run, graph).resolve(actor, query.filter(), ACTION));
        return run.readIn(actor, Permission.RISK_READ, ACTION, scope -> readModel.list(resolved, scope, run.now()));
    }
}
