package io.aegis.application.organisation.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListOrgUnitsUseCase {

    Page<OrgUnitView> list(Actor actor, ListOrgUnitsQuery query);
}
