package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.risk.RiskId;

/** Removes a control from the controls treating a risk; audited. */
public interface UnlinkRiskControlUseCase {

    void unlink(Actor actor, RiskId risk, ControlId control);
}
