package io.aegis.application.identity.port.in;

/**
 * A role a user holds in one unit, or in it and every unit below it ({@code recursive}).
 *
 * @param roleName the role's name, so that a reader need not look each role up
 */
public record RoleAssignmentView(long roleId, String roleName, long orgUnitId, boolean recursive) {
}
