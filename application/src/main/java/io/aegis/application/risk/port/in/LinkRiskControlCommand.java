package io.aegis.application.risk.port.in;

import io.aegis.domain.framework.ControlId;
import io.aegis.domain.risk.ControlTreatment;
import io.aegis.domain.risk.RiskId;
import java.util.Objects;

/** Link {@code control} to {@code risk} with {@code treatment}, or change the effect of the link there is. */
public record LinkRiskControlCommand(RiskId risk, ControlId control, ControlTreatment treatment) {

    public LinkRiskControlCommand {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(treatment, "treatment");
    }
}
