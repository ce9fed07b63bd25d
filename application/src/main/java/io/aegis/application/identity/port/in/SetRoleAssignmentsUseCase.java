package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface SetRoleAssignmentsUseCase {

    /**
     * Needs {@code user:admin} everywhere: a unit's administrator could otherwise grant roles beyond their unit.
     *
     * @return the user's new assignments
     * @throws io.aegis.application.port.NotFoundException     for an unknown user
     * @throws io.aegis.domain.shared.RuleViolationException   naming a role that does not exist or is inactive
     *                                                         ({@code unknown_role}), a unit that does not exist or
     *                                                         is inactive ({@code unknown_org_unit}), a role twice
     *                                                         for one unit ({@code duplicate_assignment}), or
     *                                                         taking the last administrator's administration away
     * @throws io.aegis.application.port.StaleVersionException when someone changed the user since the expected version
     */
    RoleAssignmentsView setAssignments(Actor actor, SetRoleAssignmentsCommand command);
}
