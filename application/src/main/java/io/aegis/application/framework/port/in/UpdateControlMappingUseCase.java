package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;

public interface UpdateControlMappingUseCase {

    ControlMappingView update(Actor actor, UpdateControlMappingCommand command);
}
