package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Username;

public interface ResetPasswordUseCase {

    /**
     * Sets another user's password (break-glass access for administrators) and ends every session of
     * that user.
     *
     * @throws io.aegis.application.port.NotFoundException for an unknown username
     */
    void reset(Actor actor, Username username, PlainPassword newPassword);
}
