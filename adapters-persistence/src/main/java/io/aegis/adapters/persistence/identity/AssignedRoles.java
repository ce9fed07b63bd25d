package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.domain.identity.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The active roles of several users in one query: what a user's own view shows, and what a list page needs
 * without asking once per user.
 */
final class AssignedRoles {

    private AssignedRoles() {
    }

    /** User id to their active roles by name ignoring case; users without any are absent. */
    static Map<Integer, List<Role>> activeRolesOf(DSLContext dsl, Collection<Integer> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(USER_ROLES.USER_ID).select(ROLES.fields())
                .from(USER_ROLES)
                .join(ROLES).on(ROLES.ID.eq(USER_ROLES.ROLE_ID))
                .where(USER_ROLES.USER_ID.in(userIds))
                .and(ROLES.IS_ACTIVE.isTrue())
                // the same order on both databases, whatever their collation
                .orderBy(DSL.lower(ROLES.NAME), ROLES.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.get(USER_ROLES.USER_ID),
                        Collectors.mapping(RoleRows::toDomain, Collectors.toList())));
    }
}
