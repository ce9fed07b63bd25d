package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface ResetPasswordUseCase {

    /**
     * Sets another user's password (break-glass access for administrators; {@code user:admin} for the whole
     * organisation), ends every session of that user, and makes them choose their own password at their next
     * sign-in.
     *
     * @throws io.aegis.application.port.NotFoundException for an unknown user
     * @throws io.aegis.domain.shared.InvalidValueException when the chosen password breaks the password policy
     */
    PasswordResetView reset(Actor actor, ResetPasswordCommand command);
}
