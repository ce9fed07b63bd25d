package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListRolesUseCase {

    /** Needs {@code user:read}. */
    Page<RoleView> list(Actor actor, ListRolesQuery query);
}
