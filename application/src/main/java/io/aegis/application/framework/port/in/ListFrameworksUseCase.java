package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListFrameworksUseCase {

    Page<FrameworkView> list(Actor actor, ListFrameworksQuery query);
}
