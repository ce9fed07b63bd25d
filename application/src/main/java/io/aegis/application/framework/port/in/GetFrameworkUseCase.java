package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.FrameworkId;

public interface GetFrameworkUseCase {

    FrameworkView get(Actor actor, FrameworkId id);
}
