package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.RolesRecord;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import io.aegis.domain.identity.RoleName;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Roles in the {@code roles} table and their assignments in {@code user_roles}. */
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
        int userId = Math.toIntExact(user.value());
        List<Integer> wanted = roles.stream().map(role -> Math.toIntExact(role.value())).toList();
        // remove what is no longer wanted and add what is missing: kept assignments keep their assigned_at
        dsl.deleteFrom(USER_ROLES)
                .where(USER_ROLES.USER_ID.eq(userId))
                .and(USER_ROLES.ROLE_ID.notIn(wanted))
                .execute();
        List<Integer> held = dsl.select(USER_ROLES.ROLE_ID).from(USER_ROLES)
                .where(USER_ROLES.USER_ID.eq(userId))
                .fetch(USER_ROLES.ROLE_ID);
        wanted.stream().filter(roleId -> !held.contains(roleId)).forEach(roleId -> dsl.insertInto(USER_ROLES)
                .set(USER_ROLES.USER_ID, userId)
                .set(USER_ROLES.ROLE_ID, roleId)
                .execute());
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
