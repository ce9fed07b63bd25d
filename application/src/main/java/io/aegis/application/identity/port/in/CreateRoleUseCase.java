package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface CreateRoleUseCase {

    /**
     * Needs {@code user:admin}.
     *
     * @throws io.aegis.application.port.ConflictException when the name is taken (ignoring case)
     */
    RoleView create(Actor actor, CreateRoleCommand command);
}
