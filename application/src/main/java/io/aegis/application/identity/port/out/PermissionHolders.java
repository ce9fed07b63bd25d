package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.UserId;

/**
 * Who holds a permission, counted in storage: a rule about every user cannot be checked on one aggregate. A user
 * holds a permission everywhere while the user is active and one of their active roles granting it is held at the
 * root unit for the whole tree; only holders everywhere are counted.
 *
 * <p>Inside a transaction a count reads the latest committed rows and keeps them from changing until the
 * transaction ends (a locking read where the database needs one), so that two transactions that each count
 * cannot both act on what the other is about to change.
 */
public interface PermissionHolders {

    /** How many users hold {@code permission}, and how many of them are not {@code user}. */
    Count countWithoutUser(Permission permission, UserId user);

    /** How many users hold {@code permission}, and how many of them still do without the grant of {@code role}. */
    Count countWithoutRole(Permission permission, RoleId role);

    /** @param all the users holding the permission now; @param remaining those left after the exclusion */
    record Count(long all, long remaining) {
    }
}
