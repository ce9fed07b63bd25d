package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;

/**
 * The register's page; each item tells whether the risk has a treatment gap, from one more query for the page's ids.
 * No transaction joins the two, as none joins the page and its count: a flag a moment newer than its row is harmless,
 * and the list keeps its cost.
 */
public record ListRisksService(UseCaseRunner run, RiskReadModel readModel, AssetDependencyGraph graph,
                               RiskControlReadModel treatments) implements ListRisksUseCase {

    private static final String ACTION = "risk.list";

    @Override
    public Page<RiskView> list(Actor actor, ListRisksQuery query) {
        ListRisksQuery resolved = query.withFilter(new RiskAssetReach(run, graph).resolve(actor, query.filter(), ACTION));
        return run.readIn(actor, Permission.RISK_READ, ACTION, scope -> {
            Page<RiskView> page = readModel.list(resolved, scope, run.now());
            return new Page<>(TreatmentEvidence.flag(treatments, actor, page.items()), page.total(), page.limit(),
                    page.offset(), page.next());
        });
    }
}
