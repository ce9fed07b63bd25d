package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.when;

import io.aegis.adapters.persistence.PermissionsJson;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;

/**
 * Permission holders counted over {@code users}, {@code user_roles} and {@code roles} in one query.
 *
 * <p>On MySQL/MariaDB the count is a locking read (FOR UPDATE): it reads the latest committed rows, not the
 * transaction's snapshot, and holds every row it scanned until commit. The exclusion sits in the aggregate, not in
 * the WHERE clause, so every count scans (and locks) the same rows in the same order: a second count waits for
 * the first transaction to end instead of deadlocking with it. SQLite has no FOR UPDATE and needs none: its
 * IMMEDIATE transactions hold the database's write lock from their start.
 */
public final class JooqPermissionHolders implements PermissionHolders {

    private final DSLContext dsl;

    public JooqPermissionHolders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Count countWithoutUser(Permission permission, UserId user) {
        return count(permission, USERS.ID.ne(Math.toIntExact(user.value())));
    }

    @Override
    public Count countWithoutRole(Permission permission, RoleId role) {
        return count(permission, ROLES.ID.ne(Math.toIntExact(role.value())));
    }

    /** @param remains whether a user's grant (one joined row) still counts after the exclusion */
    private Count count(Permission permission, Condition remains) {
        SelectConditionStep<Record2<Integer, Integer>> holders = dsl
                .select(countDistinct(USERS.ID), countDistinct(when(remains, USERS.ID)))
                .from(USERS)
                .join(USER_ROLES).on(USER_ROLES.USER_ID.eq(USERS.ID))
                .join(ROLES).on(ROLES.ID.eq(USER_ROLES.ROLE_ID))
                // as for the actor's own permissions: an inactive user or role grants nothing
                .where(USERS.IS_ACTIVE.isTrue())
                .and(ROLES.IS_ACTIVE.isTrue())
                .and(PermissionsJson.grants(ROLES.PERMISSIONS, permission));
        ResultQuery<Record2<Integer, Integer>> locking =
                dsl.family() == SQLDialect.SQLITE ? holders : holders.forUpdate();
        Record2<Integer, Integer> counts = locking.fetchSingle();
        return new Count(counts.value1(), counts.value2());
    }
}
