package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListControlsUseCase {

    Page<ControlView> list(Actor actor, ListControlsQuery query);
}
