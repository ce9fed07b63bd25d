package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import java.util.List;

public interface ListApiKeysUseCase {

    /** The calling user's own keys, revoked ones included, newest first. */
    List<ApiKeyView> list(Actor actor);
}
