package io.aegis.domain.identity;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of permissions that users are given. The three built-in roles every installation starts with
 * (Admin, Analyst, ReadOnly) are what the documentation, the first administrator and other installations rely
 * on: they cannot be renamed, deactivated or given other permissions. Custom roles can.
 */
public final class Role implements Versioned {

    /** The roles the reference data seeds (V2); a role is built-in by its name, which cannot change. */
    public static final Set<String> BUILT_IN_NAMES = Set.of("Admin", "Analyst", "ReadOnly");

    private final RoleId id;
    private final RoleName name;
    private final Description description;
    private final Set<Permission> permissions;
    private final boolean active;
    private final Revision revision;

    private Role(RoleId id, RoleName name, Description description, Set<Permission> permissions, boolean active,
                 Revision revision) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.permissions = copyOf(permissions);
        this.active = active;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A new, active role; it has no id until it is stored. */
    public static Role define(RoleName name, Optional<Description> description, Set<Permission> permissions,
                              Instant now) {
        return new Role(null, name, description.orElse(null), permissions, true, Revision.first(now));
    }

    /**
     * Rehydrates a stored role. A row never updated has no update time: its creation time stands in for its
     * version.
     */
    public static Role restore(RoleId id, RoleName name, Description description, Set<Permission> permissions,
                               boolean active, Instant createdAt, Instant updatedAt) {
        Objects.requireNonNull(id, "id");
        return new Role(id, name, description, permissions, active, Revision.stored(createdAt, updatedAt));
    }

    /** The same role as stored under {@code assignedId}. */
    public Role identifiedAs(RoleId assignedId) {
        return new Role(Objects.requireNonNull(assignedId), name, description, permissions, active, revision);
    }

    /**
     * Replaces the editable properties; an absent description clears it.
     *
     * @throws RuleViolationException when a built-in role would be renamed, deactivated or given other permissions
     */
    public Role revise(RoleName newName, Optional<Description> newDescription, Set<Permission> newPermissions,
                       boolean newActive, Instant now) {
        if (builtIn()) {
            requireUnchanged("renamed", name.equals(newName));
            requireUnchanged("given other permissions", permissions.equals(copyOf(newPermissions)));
            requireUnchanged("deactivated", newActive);
        }
        return new Role(id, newName, newDescription.orElse(null), newPermissions, newActive, revision.next(now));
    }

    /** @throws RuleViolationException for a built-in role */
    public Role deactivate(Instant now) {
        return revise(name, description(), permissions, false, now);
    }

    public boolean builtIn() {
        return BUILT_IN_NAMES.stream().anyMatch(builtIn -> builtIn.equalsIgnoreCase(name.value()));
    }

    /** Whether the name changed in letters, not only in case (uniqueness ignores case). */
    public boolean isRenamedFrom(Role before) {
        return !name.value().equalsIgnoreCase(before.name.value());
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<RoleId> id() {
        return Optional.ofNullable(id);
    }

    public RoleName name() {
        return name;
    }

    public Optional<Description> description() {
        return Optional.ofNullable(description);
    }

    /** In the enum's order, which is also the order stored and shown. */
    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean active() {
        return active;
    }

    private void requireUnchanged(String change, boolean unchanged) {
        if (!unchanged) {
            throw new RuleViolationException("built_in_role",
                    "the built-in role " + name.value() + " cannot be " + change);
        }
    }

    private static Set<Permission> copyOf(Set<Permission> permissions) {
        Objects.requireNonNull(permissions, "permissions");
        EnumSet<Permission> copy = EnumSet.noneOf(Permission.class);
        copy.addAll(permissions);
        return Collections.unmodifiableSet(copy);
    }
}
