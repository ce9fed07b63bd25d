package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.UnlinkRiskControlUseCase;
import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;

/** Removes a control from those treating a risk ({@code risk:write} in its unit); no such link is not found. */
public record UnlinkRiskControlService(UseCaseRunner run, RiskRepository risks, RiskControlRepository links)
        implements UnlinkRiskControlUseCase {

    @Override
    public void unlink(Actor actor, RiskId id, ControlId controlId) {
        run.changeIn(actor, Permission.RISK_WRITE, "risk.control.unlink", change -> {
            Risk risk = RiskServiceSupport.loadToChange(risks, id, change);
            ControlTreatment before = links.find(id, controlId).orElseThrow(() -> notLinked(controlId));
            RiskControlRepository.TreatableControl control = TreatingControls.known(links, controlId);
            links.delete(id, controlId);
            change.auditIn(risk.unit(), RiskServiceSupport.RESOURCE, id.value(),
                    RiskControlAudit.of(control, before), null);
            return null;
        });
    }

    private static NotFoundException notLinked(ControlId control) {
        return new NotFoundException("treating control", control);
    }
}
