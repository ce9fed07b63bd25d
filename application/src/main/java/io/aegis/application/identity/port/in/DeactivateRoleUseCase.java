package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.RoleId;

public interface DeactivateRoleUseCase {

    /**
     * Needs {@code user:admin}. Soft delete: assignments stay but grant nothing until the role is active again;
     * deactivating an inactive role changes nothing.
     *
     * @throws io.aegis.application.port.NotFoundException   for an unknown id
     * @throws io.aegis.domain.shared.RuleViolationException for a built-in role
     */
    void deactivate(Actor actor, RoleId id);
}
