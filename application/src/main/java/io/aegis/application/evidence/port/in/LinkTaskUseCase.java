package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;

public interface LinkTaskUseCase {

    TaskLinkView link(Actor actor, LinkTaskCommand command);
}
