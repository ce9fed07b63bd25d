package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface SetUserRolesUseCase {

    /**
     * Needs {@code user:admin}.
     *
     * @return the user with their new roles
     * @throws io.aegis.application.port.NotFoundException     for an unknown user
     * @throws io.aegis.domain.shared.RuleViolationException   naming a role that does not exist or is inactive
     * @throws io.aegis.application.port.StaleVersionException when someone changed the user since the expected version
     */
    UserView setRoles(Actor actor, SetUserRolesCommand command);
}
