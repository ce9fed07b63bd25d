package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.risk.port.in.ListRiskScoresUseCase;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;

public final class ListRiskScoresService implements ListRiskScoresUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;
    private final RiskReadModel readModel;

    public ListRiskScoresService(AccessGuard guard, RiskRepository risks, RiskReadModel readModel) {
        this.guard = guard;
        this.risks = risks;
        this.readModel = readModel;
    }

    @Override
    public Page<RiskScoreView> list(Actor actor, RiskId id, PageRequest page) {
        guard.require(actor, Permission.RISK_READ, "risk.scores");
        RiskServiceSupport.load(risks, id);
        return readModel.scores(id, page);
    }
}
