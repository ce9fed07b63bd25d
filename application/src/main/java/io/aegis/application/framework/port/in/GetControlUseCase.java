package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.ControlId;

public interface GetControlUseCase {

    ControlDetailView get(Actor actor, ControlId id);
}
