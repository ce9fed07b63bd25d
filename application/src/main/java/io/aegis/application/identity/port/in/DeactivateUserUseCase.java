package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.UserId;

public interface DeactivateUserUseCase {

    /**
     * Needs {@code user:admin}. Soft delete: the user can no longer sign in but stays attributable; deactivating
     * an inactive user changes nothing. @throws io.aegis.application.port.NotFoundException
     */
    void deactivate(Actor actor, UserId id);
}
