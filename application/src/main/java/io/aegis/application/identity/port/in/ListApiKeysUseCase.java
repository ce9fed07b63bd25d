package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListApiKeysUseCase {

    /** One page of the calling user's own keys, revoked ones included. */
    Page<ApiKeyView> list(Actor actor, ListApiKeysQuery query);
}
