package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RecordRiskReviewCommand;
import io.aegis.application.risk.port.in.RecordRiskReviewUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskNote;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskReviewPolicy;

/** A periodic review: the risk is looked at, found as it is, and due again one interval later. */
public record RecordRiskReviewService(UseCaseRunner run, RiskRepository risks, RiskReviewPolicy policy)
        implements RecordRiskReviewUseCase {

    @Override
    public RiskView review(Actor actor, RecordRiskReviewCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.review", change -> {
            Risk current = RiskServiceSupport.loadToChange(risks, command.id(), change);
            Risk reviewed = current.review(policy, change.now());
            StaleVersionException.requireWritten(risks.update(reviewed, current.version()),
                    ExpectedVersion.ANY, "risk", command.id());
            RiskServiceSupport.recordReview(risks, actor, by -> RiskReview.periodic(reviewed, by, command.note()));
            RiskView after = RiskView.of(reviewed);
            change.auditIn(current.unit(), RiskServiceSupport.RESOURCE, after.id(), RiskView.of(current),
                    new RiskReviewAudit(command.note().map(RiskNote::value).orElse(null), after));
            return after;
        });
    }
}
