package io.aegis.application.identity.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces the user's roles with {@code roles} (empty removes them all).
 *
 * @param expectedVersion the user's version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record SetUserRolesCommand(UserId user, ExpectedVersion expectedVersion, Set<RoleId> roles) {

    public SetUserRolesCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        roles = Set.copyOf(roles);
    }
}
