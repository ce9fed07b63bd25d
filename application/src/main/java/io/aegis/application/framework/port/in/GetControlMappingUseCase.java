package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.ControlMappingId;

public interface GetControlMappingUseCase {

    ControlMappingView get(Actor actor, ControlMappingId id);
}
