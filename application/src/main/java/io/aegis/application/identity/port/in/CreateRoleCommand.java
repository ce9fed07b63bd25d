package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.shared.Description;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

public record CreateRoleCommand(RoleName name, Optional<Description> description, Set<Permission> permissions) {

    public CreateRoleCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        permissions = Set.copyOf(permissions);
    }
}
