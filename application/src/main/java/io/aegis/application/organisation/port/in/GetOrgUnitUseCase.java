package io.aegis.application.organisation.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.organisation.OrgUnitId;

public interface GetOrgUnitUseCase {

    /** Inactive units are found too. @throws io.aegis.application.port.NotFoundException */
    OrgUnitView get(Actor actor, OrgUnitId id);
}
