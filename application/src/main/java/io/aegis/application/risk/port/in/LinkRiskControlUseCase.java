package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;

/** Links an active control to a risk as treating it, or changes the link's effect; audited. */
public interface LinkRiskControlUseCase {

    LinkedRiskControl link(Actor actor, LinkRiskControlCommand command);
}
