package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface CreateUserUseCase {

    /**
     * Needs {@code user:admin}.
     *
     * @throws io.aegis.domain.shared.InvalidValueException    when the password is the username or the email
     * @throws io.aegis.application.port.ConflictException     when the username or the email is taken (ignoring case)
     * @throws io.aegis.domain.shared.RuleViolationException   when a role does not exist or is inactive
     */
    UserView create(Actor actor, CreateUserCommand command);
}
