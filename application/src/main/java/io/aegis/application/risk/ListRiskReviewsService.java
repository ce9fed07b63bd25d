package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRiskReviewsUseCase;
import io.aegis.application.risk.port.in.RiskReviewView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.application.risk.port.out.RiskReviewReadModel;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;

public record ListRiskReviewsService(UseCaseRunner run, RiskRepository risks, RiskReviewReadModel reviews)
        implements ListRiskReviewsUseCase {

    @Override
    public Page<RiskReviewView> list(Actor actor, RiskId id, PageRequest page) {
        return run.readIn(actor, Permission.RISK_READ, "risk.reviews", scope -> {
            RiskServiceSupport.loadIn(risks, id, scope);
            return reviews.reviews(id, scope, page);
        });
    }
}
