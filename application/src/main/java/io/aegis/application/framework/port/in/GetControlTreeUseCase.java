package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.FrameworkId;
import java.util.Optional;

public interface GetControlTreeUseCase {

    ControlTreeView tree(Actor actor, FrameworkId framework, Optional<String> text);
}
