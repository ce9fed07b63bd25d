package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.DecideRiskAcceptanceCommand;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.in.WithdrawRiskAcceptanceUseCase;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskAcceptance;

/** The one who asked to accept a risk takes the request back while it waits. */
public record WithdrawRiskAcceptanceService(UseCaseRunner run, RiskRepository risks,
                                            RiskAcceptanceRepository acceptances)
        implements WithdrawRiskAcceptanceUseCase {

    @Override
    public RiskAcceptanceView withdraw(Actor actor, DecideRiskAcceptanceCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.acceptance.withdraw", change -> {
            Risk risk = RiskServiceSupport.loadToChange(risks, command.id(), change);
            RiskAcceptance pending = RiskAcceptanceSupport.load(acceptances, command.id(), command.acceptance());
            RiskAcceptance withdrawn = pending.withdraw(RiskServiceSupport.person(actor), command.note(),
                    change.now());
            return RiskAcceptanceSupport.storeDecision(acceptances, change, risk.unit(), pending, withdrawn,
                    command.note());
        });
    }
}
