package io.aegis.application.identity.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.shared.Description;
import java.util.Objects;
import java.util.Set;

/**
 * A partial update: only present fields change; {@code permissions} replaces the whole set.
 *
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record UpdateRoleCommand(RoleId id, ExpectedVersion expectedVersion, Patch<RoleName> name,
                                Patch<Description> description, Patch<Set<Permission>> permissions,
                                Patch<Boolean> active) {

    public UpdateRoleCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(description, "description");
        RequiredPatches.requireNotCleared("name", name);
        RequiredPatches.requireNotCleared("permissions", permissions);
        RequiredPatches.requireNotCleared("active", active);
    }
}
