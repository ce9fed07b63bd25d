package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.UserId;

public interface GetUserUseCase {

    /** Needs {@code user:read}; inactive users are found too. @throws io.aegis.application.port.NotFoundException */
    UserView get(Actor actor, UserId id);
}
