package io.aegis.application.organisation.port.in;

import io.aegis.application.port.Actor;

public interface CreateOrgUnitUseCase {

    /**
     * @throws io.aegis.domain.shared.RuleViolationException when the parent is unknown or deactivated
     * @throws io.aegis.application.port.ConflictException   when a sibling has the name (ignoring case)
     */
    OrgUnitView create(Actor actor, CreateOrgUnitCommand command);
}
