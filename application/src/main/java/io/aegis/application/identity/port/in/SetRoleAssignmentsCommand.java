package io.aegis.application.identity.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Replaces every role assignment of the user with {@code assignments} (empty removes them all).
 *
 * @param expectedVersion the user's version the client edited ({@code If-Match}); {@link ExpectedVersion#ANY} to
 *                        skip that check
 * @param assignments     as the client listed them: a role named twice for one unit is refused, not merged
 */
public record SetRoleAssignmentsCommand(UserId user, ExpectedVersion expectedVersion,
                                        List<RoleAssignment> assignments) {

    public SetRoleAssignmentsCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        assignments = List.copyOf(assignments);
    }
}
