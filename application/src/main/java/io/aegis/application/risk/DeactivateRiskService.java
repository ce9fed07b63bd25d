package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.DeactivateRiskUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;

public record DeactivateRiskService(UseCaseRunner run, RiskRepository risks) implements DeactivateRiskUseCase {

    @Override
    public void deactivate(Actor actor, RiskId id) {
        run.changeIn(actor, Permission.RISK_WRITE, "risk.deactivate", change -> {
            Risk current = RiskServiceSupport.loadToChange(risks, id, change);
            if (current.active()) {
                Risk deactivated = current.deactivate(change.now());
                StaleVersionException.requireWritten(risks.update(deactivated, current.version()),
                        ExpectedVersion.ANY, "risk", id);
                change.auditIn(current.unit(), RiskServiceSupport.RESOURCE, id.value(), RiskView.of(current),
                        RiskView.of(deactivated));
            }
            return null;
        });
    }
}
