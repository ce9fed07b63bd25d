package io.aegis.application.identity.port.in;

import java.time.Instant;
import java.util.List;

/**
 * Where a user holds each of their roles, by role id then unit id.
 *
 * @param version the user's version: a new set of assignments is a new version of the user, whose view lists roles
 */
public record RoleAssignmentsView(long userId, Instant version, List<RoleAssignmentView> assignments) {

    public RoleAssignmentsView {
        assignments = List.copyOf(assignments);
    }
}
