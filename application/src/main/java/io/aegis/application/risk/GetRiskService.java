package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.GetRiskUseCase;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import java.util.List;
import java.util.Optional;

/**
 * One risk as the register lists it, its owner's and asset's names included, and the acceptance it rests on while
 * it is accepted, and whether it has a treatment gap; one out of scope is not found.
 */
public record GetRiskService(UseCaseRunner run, RiskReadModel readModel, RiskAcceptanceRepository acceptances,
                             RiskControlReadModel treatments) implements GetRiskUseCase {

    @Override
    public RiskView get(Actor actor, RiskId id) {
        return run.readIn(actor, Permission.RISK_READ, "risk.read", scope -> {
            RiskView risk = TreatmentEvidence.flag(treatments, actor, List.of(readModel.find(id, scope)
                    .orElseThrow(() -> new NotFoundException("risk", id)))).get(0);
            return risk.withAcceptance(RiskStatus.ACCEPTED.key().equals(risk.status())
                    ? acceptances.lastApproved(id).map(RiskAcceptanceView::of) : Optional.empty());
        });
    }
}
