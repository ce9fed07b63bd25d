package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;

import io.aegis.adapters.persistence.PermissionsJson;
import io.aegis.adapters.persistence.jooq.tables.records.RolesRecord;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.shared.Description;
import java.util.Set;
import org.jooq.Record;

/** The one mapping between a {@code roles} row and the domain's {@link Role}. */
final class RoleRows {

    private RoleRows() {
    }

    /** @param row a {@code roles} row, or any record holding all of its columns (a join) */
    static Role toDomain(Record row) {
        RolesRecord role = row.into(ROLES);
        return Role.restore(
                new RoleId(role.getId()),
                new RoleName(role.getName()),
                role.getDescription() == null ? null : new Description(role.getDescription()),
                role.getPermissions() == null ? Set.of() : PermissionsJson.read(role.getPermissions()),
                !Boolean.FALSE.equals(role.getIsActive()),
                role.getCreatedAt(),
                role.getUpdatedAt());
    }

    static RolesRecord newRow(Role role) {
        return ROLES.newRecord()
                .setName(role.name().value())
                .setNameKey(role.name().key())
                .setDescription(role.description().map(Description::value).orElse(null))
                .setPermissions(PermissionsJson.write(role.permissions()))
                .setIsActive(role.active())
                .setCreatedAt(role.createdAt())
                .setUpdatedAt(role.updatedAt());
    }
}
