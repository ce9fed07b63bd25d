package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListUsersUseCase {

    /** Needs {@code user:read}. */
    Page<UserView> list(Actor actor, ListUsersQuery query);
}
