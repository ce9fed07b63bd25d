package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.RoleId;

public interface GetRoleUseCase {

    /** Needs {@code user:read}; inactive roles are found too. @throws io.aegis.application.port.NotFoundException */
    RoleView get(Actor actor, RoleId id);
}
