package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface UpdateRoleUseCase {

    /**
     * Needs {@code user:admin}.
     *
     * @throws io.aegis.application.port.NotFoundException     for an unknown id
     * @throws io.aegis.application.port.StaleVersionException when someone changed it since the expected version
     * @throws io.aegis.application.port.ConflictException     when the new name is taken
     * @throws io.aegis.domain.shared.RuleViolationException   when a built-in role would be renamed, deactivated
     *                                                         or regranted
     */
    RoleView update(Actor actor, UpdateRoleCommand command);
}
