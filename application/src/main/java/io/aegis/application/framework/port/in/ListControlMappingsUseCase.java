package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListControlMappingsUseCase {

    Page<ControlMappingView> list(Actor actor, ListControlMappingsQuery query);
}
