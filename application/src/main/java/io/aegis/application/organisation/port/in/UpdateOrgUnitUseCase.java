package io.aegis.application.organisation.port.in;

import io.aegis.application.port.Actor;

public interface UpdateOrgUnitUseCase {

    /**
     * @throws io.aegis.application.port.NotFoundException     for an unknown id
     * @throws io.aegis.application.port.StaleVersionException when someone changed it since the expected version
     * @throws io.aegis.application.port.ConflictException     when a sibling under the (new) parent has the name
     * @throws io.aegis.domain.shared.RuleViolationException   when the move would make the units no tree: the root
     *                                                          moved, a unit under itself or below itself, a parent
     *                                                          unknown or deactivated
     */
    OrgUnitView update(Actor actor, UpdateOrgUnitCommand command);
}
