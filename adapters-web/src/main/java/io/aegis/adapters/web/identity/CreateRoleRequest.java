package io.aegis.adapters.web.identity;

import java.util.List;

/** The body of {@code POST /roles}; the value objects validate the content. */
public record CreateRoleRequest(String name, String description, List<String> permissions) {
}
