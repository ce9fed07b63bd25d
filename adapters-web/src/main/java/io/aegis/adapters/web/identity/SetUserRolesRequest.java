package io.aegis.adapters.web.identity;

import java.util.List;

/** The body of {@code PUT /users/{id}/roles}: {@code {"role_ids": [1, 3]}}, the whole new set. */
public record SetUserRolesRequest(List<Long> roleIds) {
}
