package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLE_UNITS;

import io.aegis.adapters.persistence.PermissionsJson;
import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.List;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** A user's assignments of active roles, each with the role's permissions: the one mapping to {@link RoleGrant}. */
final class RoleGrantRows {

    /** What a grant is read from. */
    static final List<Field<?>> FIELDS = List.of(USER_ROLES.ROLE_ID, USER_ROLE_UNITS.ORG_UNIT_ID,
            USER_ROLE_UNITS.INCLUDE_SUBUNITS, ROLES.PERMISSIONS);

    /** Every unit assignment of every active role, joined to its role: join it on {@code USER_ROLES.USER_ID}. */
    static final Table<?> ACTIVE = USER_ROLES
            .join(USER_ROLE_UNITS).on(USER_ROLE_UNITS.USER_ROLE_ID.eq(USER_ROLES.ID))
            .join(ROLES).on(ROLES.ID.eq(USER_ROLES.ROLE_ID).and(ROLES.IS_ACTIVE.isTrue()));

    private RoleGrantRows() {
    }

    static RoleGrant toGrant(Record row) {
        String permissions = row.get(ROLES.PERMISSIONS);
        return new RoleGrant(new RoleAssignment(new RoleId(row.get(USER_ROLES.ROLE_ID)),
                new OrgUnitId(row.get(USER_ROLE_UNITS.ORG_UNIT_ID)), row.get(USER_ROLE_UNITS.INCLUDE_SUBUNITS)),
                permissions == null ? Set.of() : PermissionsJson.read(permissions));
    }
}
