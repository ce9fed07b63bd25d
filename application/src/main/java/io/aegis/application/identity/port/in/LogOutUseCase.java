package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface LogOutUseCase {

    /** Revokes the login token the actor authenticated with; nothing to do for an API key. */
    void logOut(Actor actor);
}
