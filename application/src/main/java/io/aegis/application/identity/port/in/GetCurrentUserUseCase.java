package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface GetCurrentUserUseCase {

    /**
     * The acting user, with no permission needed beyond being one.
     *
     * @throws io.aegis.application.port.UnauthenticatedException when the actor is no user (or no longer an active one)
     */
    UserView current(Actor actor);
}
