package io.aegis.adapters.web.identity;

import io.aegis.application.identity.port.in.RoleAssignmentView;

/** One role a user holds in one unit, as {@code /users/{id}/role-assignments} lists it. */
public record RoleAssignmentResponse(long roleId, String roleName, long orgUnitId, boolean recursive) {

    static RoleAssignmentResponse of(RoleAssignmentView view) {
        return new RoleAssignmentResponse(view.roleId(), view.roleName(), view.orgUnitId(), view.recursive());
    }
}
