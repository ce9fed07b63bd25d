package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;

public interface CreateControlMappingUseCase {

    ControlMappingView create(Actor actor, CreateControlMappingCommand command);
}
