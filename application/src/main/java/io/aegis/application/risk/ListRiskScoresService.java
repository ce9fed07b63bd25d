package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRiskScoresUseCase;
import io.aegis.application.risk.port.in.RiskScoreView;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;

public record ListRiskScoresService(UseCaseRunner run, RiskRepository risks, RiskReadModel readModel)
        implements ListRiskScoresUseCase {

    @Override
    public Page<RiskScoreView> list(Actor actor, RiskId id, PageRequest page) {
        return run.readIn(actor, Permission.RISK_READ, "risk.scores", scope -> {
            RiskServiceSupport.loadIn(risks, id, scope);
            return readModel.scores(id, scope, page);
        });
    }
}
