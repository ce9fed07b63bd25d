package io.aegis.application.identity;

import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import java.util.Optional;

/** What the role services share: the resource's name, loading and the uniqueness check. */
final class RoleServiceSupport {

    static final String RESOURCE = "role";

    private RoleServiceSupport() {
    }

    static Role load(RoleRepository roles, RoleId id) {
        return roles.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    static void requireFree(RoleRepository roles, RoleName name, Optional<RoleId> except) {
        boolean taken = roles.findByName(name).filter(other -> !other.id().equals(except)).isPresent();
        if (taken) {
            throw new ConflictException("duplicate_name", "a role named '" + name.value()
                    + "' already exists (names ignore case; it may be inactive)");
        }
    }
}
