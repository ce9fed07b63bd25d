package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.ControlMappingId;

public interface DeleteControlMappingUseCase {

    void delete(Actor actor, ControlMappingId id);
}
