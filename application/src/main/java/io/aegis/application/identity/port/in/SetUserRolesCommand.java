package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces the user's roles with {@code roles} (empty removes them all).
 *
 * @param expectedVersion the user's version the client edited ({@code If-Match}); empty to skip that check
 */
public record SetUserRolesCommand(UserId user, Optional<Instant> expectedVersion, Set<RoleId> roles) {

    public SetUserRolesCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        roles = Set.copyOf(roles);
    }
}
