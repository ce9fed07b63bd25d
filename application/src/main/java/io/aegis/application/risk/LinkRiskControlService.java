package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.LinkRiskControlCommand;
import io.aegis.application.risk.port.in.LinkRiskControlUseCase;
import io.aegis.application.risk.port.in.LinkedRiskControl;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.Risk;
import java.util.Optional;

/**
 * Links a control to a risk it treats, or changes the effect of the link: writing the risk is what it takes
 * ({@code risk:write} in the risk's unit). Only an active control that is not a mere group may start treating a risk;
 * a link kept to a control withdrawn since may still change its effect.
 */
public record LinkRiskControlService(UseCaseRunner run, RiskRepository risks, RiskControlRepository links,
                                     RiskControlReadModel readModel) implements LinkRiskControlUseCase {

    @Override
    public LinkedRiskControl link(Actor actor, LinkRiskControlCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.control.link", change -> {
            Risk risk = RiskServiceSupport.loadToChange(risks, command.risk(), change);
            RiskControlRepository.TreatableControl control = TreatingControls.known(links, command.control());
            Optional<ControlTreatment> before = links.find(command.risk(), command.control());
            if (before.isEmpty()) {
                TreatingControls.requireTreating(control);
                links.insert(command.risk(), command.control(), command.treatment(),
                        actor.userId().map(UserId::new), change.now());
            } else if (!before.get().equals(command.treatment())) {
                links.update(command.risk(), command.control(), command.treatment(), change.now());
            }
            // the same effect again changes nothing, so it records nothing
            if (!before.equals(Optional.of(command.treatment()))) {
                change.auditIn(risk.unit(), RiskServiceSupport.RESOURCE, command.risk().value(),
                        before.map(treatment -> RiskControlAudit.of(control, treatment)).orElse(null),
                        RiskControlAudit.of(control, command.treatment()));
            }
            return new LinkedRiskControl(readModel.find(command.risk(), command.control(), TreatmentEvidence.of(actor))
                    .orElseThrow(), before.isEmpty());
        });
    }
}
