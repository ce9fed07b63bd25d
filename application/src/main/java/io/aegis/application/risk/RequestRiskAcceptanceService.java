package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RequestRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.RequestRiskAcceptanceUseCase;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskAcceptancePolicy;
import io.aegis.domain.risk.RiskNote;

/** Asking to accept a risk: whoever may change the risk asks; one request waits at a time. */
public record RequestRiskAcceptanceService(UseCaseRunner run, RiskRepository risks,
                                           RiskAcceptanceRepository acceptances, RiskAcceptancePolicy policy)
        implements RequestRiskAcceptanceUseCase {

    @Override
    public RiskAcceptanceView request(Actor actor, RequestRiskAcceptanceCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.acceptance.request", change -> {
            Risk risk = RiskServiceSupport.loadToChange(risks, command.id(), change);
            RiskAcceptance asked = RiskAcceptance.request(risk, command.rationale(), command.expiresAt(),
                    RiskServiceSupport.person(actor), policy, change.now());
            if (acceptances.pendingExists(command.id())) {
                throw new ConflictException("acceptance_pending", "risk " + command.id() + " has a pending"
                        + " acceptance already; decide or withdraw it first");
            }
            RiskAcceptanceView view = RiskAcceptanceView.of(acceptances.insert(asked));
            change.auditIn(risk.unit(), RiskAcceptanceSupport.RESOURCE, view.id(), null,
                    new RiskAcceptanceAudit(command.note().map(RiskNote::value).orElse(null), view));
            return view;
        });
    }
}
