package io.aegis.adapters.web.identity;

/**
 * One item of the body of {@code PUT /users/{id}/role-assignments}, the whole new set:
 * {@code [{"role_id": 3, "org_unit_id": 2, "recursive": true}]}.
 *
 * @param recursive whether the role reaches the units below too; absent means the unit alone, the narrower grant
 */
public record RoleAssignmentRequest(Long roleId, Long orgUnitId, Boolean recursive) {
}
