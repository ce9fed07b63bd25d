package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.PERMISSION_HOLDER_TURNS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLE_UNITS;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.when;

import io.aegis.adapters.persistence.PermissionsJson;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;

/**
 * Permission holders counted over {@code users}, {@code user_roles}, {@code user_role_units} and {@code roles} in one
 * query: a user holds a permission everywhere through an active role held at the root for the whole tree.
 *
 * <p>On MySQL/MariaDB a count first takes the holders' turn (one added to the single row of
 * {@code permission_holder_turns}, V16), then reads locking (FOR UPDATE): the latest committed rows, not the
 * transaction's snapshot. The turn's row lock makes a second count wait for the first transaction to end, whatever
 * rows the two scan; and the turn is a write, so on a Galera cluster, whose nodes share no locks, two counts made
 * through two nodes conflict at commit and the second runs again on what the first left. The exclusion sits in the
 * aggregate, not in the WHERE clause, so every count scans the same rows. SQLite has no FOR UPDATE and needs
 * neither: its IMMEDIATE transactions hold the database's write lock from their start.
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
                // only a role held at the root for the whole tree grants its permission everywhere
                .join(USER_ROLE_UNITS).on(USER_ROLE_UNITS.USER_ROLE_ID.eq(USER_ROLES.ID))
                .and(USER_ROLE_UNITS.ORG_UNIT_ID.eq(Math.toIntExact(OrgUnitId.ROOT.value())))
                .and(USER_ROLE_UNITS.INCLUDE_SUBUNITS.isTrue())
                // as for the actor's own permissions: an inactive user or role grants nothing
                .where(USERS.IS_ACTIVE.isTrue())
                .and(ROLES.IS_ACTIVE.isTrue())
                .and(PermissionsJson.grants(ROLES.PERMISSIONS, permission));
        if (dsl.family() == SQLDialect.SQLITE) {
            return counted(holders.fetchSingle());
        }
        dsl.update(PERMISSION_HOLDER_TURNS).set(PERMISSION_HOLDER_TURNS.TURNS, PERMISSION_HOLDER_TURNS.TURNS.plus(1))
                .execute();
        return counted(holders.forUpdate().fetchSingle());
    }

    private static Count counted(Record2<Integer, Integer> counts) {
        return new Count(counts.value1(), counts.value2());
    }
}
