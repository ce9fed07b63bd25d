package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ExportRisksUseCase;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.RiskExport;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskRowsWriter;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the matches page by page through the list's read model, so the export has the list's exact filters, names
 * and scope: only the risks of the units the actor reads.
 */
public record ExportRisksService(UseCaseRunner run, RiskReadModel readModel, AssetDependencyGraph graph,
                                 RiskRowsWriter writer) implements ExportRisksUseCase {

    private static final String ACTION = "risk.export";

    @Override
    public RiskExport export(Actor actor, ListRisksQuery query) {
        ListRisksQuery resolved = query.withFilter(new RiskAssetReach(run, graph).resolve(actor, query.filter(),
                ACTION));
        List<RiskView> risks = run.consistentReadIn(actor, Permission.RISK_READ, ACTION, scope -> {
            Page<RiskView> page = readModel.list(resolved.withPage(new PageRequest(PageRequest.MAX_LIMIT, 0)), scope,
                    run.now());
            if (page.total() > MAX_ROWS) {
                throw new RuleViolationException("export_too_large", page.total() + " risks match; one export"
                        + " holds at most " + MAX_ROWS + ": narrow the filters and export in parts");
            }
            List<RiskView> all = new ArrayList<>(page.items());
            while (!page.items().isEmpty() && all.size() < page.total()) {
                page = readModel.list(resolved.withPage(new PageRequest(PageRequest.MAX_LIMIT, all.size())), scope,
                        run.now());
                all.addAll(page.items());
            }
            return all;
        });
        return new RiskExport(risks, writer);
    }
}
