package io.aegis.application.organisation.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.organisation.OrgUnitId;

public interface DeactivateOrgUnitUseCase {

    /**
     * Soft delete; deactivating an inactive unit changes nothing.
     *
     * @throws io.aegis.application.port.NotFoundException   for an unknown id
     * @throws io.aegis.domain.shared.RuleViolationException for the root, and while active units are under it
     */
    void deactivate(Actor actor, OrgUnitId id);
}
