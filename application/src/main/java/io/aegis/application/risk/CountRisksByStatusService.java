package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CountRisksByStatusUseCase;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskStatus;
import java.util.LinkedHashMap;
import java.util.Map;

public record CountRisksByStatusService(UseCaseRunner run, RiskReadModel readModel, AssetDependencyGraph graph)
        implements CountRisksByStatusUseCase {

    private static final String ACTION = "risk.list";

    @Override
    public Map<String, Long> count(Actor actor, RiskFilter filter) {
        RiskFilter resolved = new RiskAssetReach(run, graph).resolve(actor, filter, ACTION);
        Map<RiskStatus, Long> counted = run.readIn(actor, Permission.RISK_READ, ACTION,
                scope -> readModel.countByStatus(resolved, scope, run.now()));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (RiskStatus status : RiskStatus.values()) {
            byStatus.put(status.key(), counted.getOrDefault(status, 0L));
        }
        return byStatus;
    }
}
