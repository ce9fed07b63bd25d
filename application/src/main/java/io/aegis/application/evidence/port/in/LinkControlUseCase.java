package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;

public interface LinkControlUseCase {

    ControlLinkView link(Actor actor, LinkControlCommand command);
}
