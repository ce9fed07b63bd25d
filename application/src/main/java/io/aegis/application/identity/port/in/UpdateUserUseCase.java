package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface UpdateUserUseCase {

    /**
     * Needs {@code user:admin}.
     *
     * @throws io.aegis.application.port.NotFoundException     for an unknown id
     * @throws io.aegis.application.port.StaleVersionException when someone changed it since the expected version
     * @throws io.aegis.application.port.ConflictException     when the new username or email is taken
     */
    UserView update(Actor actor, UpdateUserCommand command);
}
