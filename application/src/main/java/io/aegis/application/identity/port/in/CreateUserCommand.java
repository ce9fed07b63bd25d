package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.EmailAddress;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Preferences;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserProfile;
import io.aegis.domain.identity.Username;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * @param roles              the roles to assign at once; each must exist and be active
 * @param mustChangePassword whether the new user must choose their own password at their first sign-in (the safe
 *                           default: the password is the administrator's choice, and it travelled to the user)
 */
public record CreateUserCommand(Username username, EmailAddress email, PlainPassword password, UserProfile profile,
                                Optional<Preferences> preferences, Set<RoleId> roles, boolean mustChangePassword) {

    public CreateUserCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(preferences, "preferences");
        roles = Set.copyOf(roles);
    }
}
