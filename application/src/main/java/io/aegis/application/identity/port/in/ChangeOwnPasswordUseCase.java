package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface ChangeOwnPasswordUseCase {

    /**
     * The acting user replaces their password, proving they know the current one.
     *
     * @throws io.aegis.application.port.UnauthenticatedException when the actor is no user (or no longer an active one)
     * @throws io.aegis.application.port.TooManyAttemptsException while the user has failed too often (as at login)
     * @throws io.aegis.domain.shared.RuleViolationException   when the current password is wrong (counted and audited)
     * @throws io.aegis.domain.shared.InvalidValueException    when the new one is the username or the email
     */
    void change(Actor actor, ChangeOwnPasswordCommand command);
}
