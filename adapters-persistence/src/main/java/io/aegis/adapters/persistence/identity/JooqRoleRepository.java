package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLE_UNITS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.RolesRecord;
import io.aegis.application.identity.port.out.RoleGrant;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleAssignment;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Roles in the {@code roles} table and their assignments in {@code user_roles} and {@code user_role_units}. */
public final class JooqRoleRepository implements RoleRepository {

    private static final VersionedTable<RolesRecord> TABLE =
            new VersionedTable<>(ROLES, ROLES.ID, ROLES.CREATED_AT, ROLES.UPDATED_AT);

    private final DSLContext dsl;

    public JooqRoleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        return dsl.selectFrom(ROLES)
                .where(ROLES.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional()
                .map(RoleRows::toDomain);
    }

    @Override
    public Optional<Role> findByName(RoleName name) {
        return dsl.selectFrom(ROLES)
                .where(ROLES.NAME_KEY.eq(name.key()))
                .orderBy(ROLES.ID)
                .limit(1)
                .fetchOptional()
                .map(RoleRows::toDomain);
    }

    @Override
    public List<Role> rolesOf(UserId user) {
        int id = Math.toIntExact(user.value());
        return AssignedRoles.activeRolesOf(dsl, List.of(id)).getOrDefault(id, List.of());
    }

    @Override
    public void assignRoles(UserId user, Set<RoleId> roles) {
        assign(user, roles.stream().map(role -> new RoleAssignment(role, OrgUnitId.ROOT, true))
                .collect(Collectors.toSet()));
    }

    @Override
    public List<RoleAssignment> assignmentsOf(UserId user) {
        return dsl.select(USER_ROLES.ROLE_ID, USER_ROLE_UNITS.ORG_UNIT_ID, USER_ROLE_UNITS.INCLUDE_SUBUNITS)
                .from(USER_ROLES)
                .join(USER_ROLE_UNITS).on(USER_ROLE_UNITS.USER_ROLE_ID.eq(USER_ROLES.ID))
                .where(USER_ROLES.USER_ID.eq(Math.toIntExact(user.value())))
                .orderBy(USER_ROLES.ROLE_ID, USER_ROLE_UNITS.ORG_UNIT_ID)
                .fetch(row -> new RoleAssignment(new RoleId(row.value1()), new OrgUnitId(row.value2()),
                        row.value3()));
    }

    /** One query, read on every request: no ordering, and only the role columns a grant needs. */
    @Override
    public List<RoleGrant> grantsOf(UserId user) {
        return dsl.select(RoleGrantRows.FIELDS)
                .from(RoleGrantRows.ACTIVE)
                .where(USER_ROLES.USER_ID.eq(Math.toIntExact(user.value())))
                .fetch(RoleGrantRows::toGrant);
    }

    /**
     * One {@code user_roles} row per role held anywhere (the seed's table, unique per user and role), and one
     * {@code user_role_units} row per unit it is held in. Rows are replaced, not patched: the assignments are few,
     * and a kept role's {@code user_roles} row, with its assigned_at, stays.
     */
    @Override
    public void assign(UserId user, Set<RoleAssignment> assignments) {
        int userId = Math.toIntExact(user.value());
        List<Integer> wanted = assignments.stream().map(a -> Math.toIntExact(a.role().value())).distinct().toList();
        dsl.deleteFrom(USER_ROLES)
                .where(USER_ROLES.USER_ID.eq(userId))
                .and(USER_ROLES.ROLE_ID.notIn(wanted))
                .execute();
        Map<Integer, Integer> held = dsl.select(USER_ROLES.ROLE_ID, USER_ROLES.ID).from(USER_ROLES)
                .where(USER_ROLES.USER_ID.eq(userId))
                .fetchMap(USER_ROLES.ROLE_ID, USER_ROLES.ID);
        Map<Integer, Integer> rowOfRole = new HashMap<>(held);
        wanted.stream().filter(roleId -> !held.containsKey(roleId)).forEach(roleId -> rowOfRole.put(roleId,
                dsl.insertInto(USER_ROLES)
                        .set(USER_ROLES.USER_ID, userId)
                        .set(USER_ROLES.ROLE_ID, roleId)
                        .returningResult(USER_ROLES.ID)
                        .fetchSingle(USER_ROLES.ID)));
        if (!held.isEmpty()) {
            dsl.deleteFrom(USER_ROLE_UNITS).where(USER_ROLE_UNITS.USER_ROLE_ID.in(held.values())).execute();
        }
        if (!assignments.isEmpty()) {
            // one multi-row insert, not a round trip per unit
            var insert = dsl.insertInto(USER_ROLE_UNITS, USER_ROLE_UNITS.USER_ROLE_ID, USER_ROLE_UNITS.ORG_UNIT_ID,
                    USER_ROLE_UNITS.INCLUDE_SUBUNITS);
            assignments.forEach(assignment -> insert.values(rowOfRole.get(Math.toIntExact(assignment.role().value())),
                    Math.toIntExact(assignment.unit().value()), assignment.recursive()));
            insert.execute();
        }
    }

    @Override
    public Role insert(Role role) {
        return role.identifiedAs(new RoleId(TABLE.insert(dsl, RoleRows.newRow(role))));
    }

    @Override
    public boolean update(Role role, Instant expectedVersion) {
        return TABLE.update(dsl, RoleRows.newRow(role), role.id().orElseThrow().value(), expectedVersion);
    }
}
