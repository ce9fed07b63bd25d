package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.UserId;

public interface GetRoleAssignmentsUseCase {

    /**
     * Needs {@code user:read} everywhere.
     *
     * @throws io.aegis.application.port.NotFoundException for an unknown user
     */
    RoleAssignmentsView assignments(Actor actor, UserId user);
}
