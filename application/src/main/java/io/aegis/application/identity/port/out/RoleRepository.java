package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface RoleRepository {

    /** Inactive roles are found too. */
    Optional<Role> findById(RoleId id);

    /** The role with this name ignoring case, active or not. */
    Optional<Role> findByName(RoleName name);

    /** The active roles assigned to the user, by name ignoring case; empty for an unknown user. */
    List<Role> rolesOf(UserId user);

    /**
     * Makes {@code roles} the user's roles at the root unit for the whole tree (everywhere), replacing every
     * previous assignment (to inactive roles and in other units included). The roles must exist; kept roles keep
     * their assignment time.
     */
    void assignRoles(UserId user, Set<RoleId> roles);

    /** Where the user holds each role (active or not), by role id then unit id. */
    List<RoleAssignment> assignmentsOf(UserId user);

    /**
     * Each assignment of the user to an active role, with the role's permissions, in no particular order: what the
     * user's scope resolves from, read on every request (an inactive role grants nothing, so it is left out).
     */
    List<RoleGrant> grantsOf(UserId user);

    /**
     * Makes {@code assignments} the user's, replacing every previous one. The roles and units must exist; kept
     * roles keep their assignment time.
     */
    void assign(UserId user, Set<RoleAssignment> assignments);

    /** Stores a new role and returns it with its assigned id. */
    Role insert(Role role);

    /**
     * Stores the changed role if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(Role role, Instant expectedVersion);
}
