package io.aegis.application.framework.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;

public interface ListBaselinesUseCase {

    List<BaselineView> list(Actor actor, FrameworkId framework);
}
