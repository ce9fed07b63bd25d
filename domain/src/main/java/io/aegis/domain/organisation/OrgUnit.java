package io.aegis.domain.organisation;

import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A business unit, subsidiary or client whose assets and risks are seen by the people who hold a role in it
 * (or above it, for its whole subtree). Every unit but the root has a parent; {@link OrgUnitTree} keeps the
 * links a tree. Units are never removed, only deactivated once empty, so the history that names them stays
 * readable.
 */
public final class OrgUnit implements Versioned {

    private final OrgUnitId id;
    private final OrgUnitName name;
    private final OrgUnitId parent;
    private final Description description;
    private final boolean active;
    private final Revision revision;

    private OrgUnit(OrgUnitId id, OrgUnitName name, OrgUnitId parent, Description description, boolean active,
                    Revision revision) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.parent = parent;
        this.description = description;
        this.active = active;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A new, active unit under {@code parent} (placed by {@link OrgUnitTree#requirePlaceable} first). */
    public static OrgUnit define(OrgUnitName name, OrgUnitId parent, Optional<Description> description,
                                 Instant now) {
        return new OrgUnit(null, name, Objects.requireNonNull(parent, "parent"), description.orElse(null), true,
                Revision.first(now));
    }

    /** Rehydrates a stored unit; only the root has no parent. */
    public static OrgUnit restore(OrgUnitId id, OrgUnitName name, OrgUnitId parent, Description description,
                                  boolean active, Instant createdAt, Instant updatedAt) {
        return new OrgUnit(Objects.requireNonNull(id, "id"), name, parent, description, active,
                Revision.stored(createdAt, updatedAt));
    }

    public OrgUnit identifiedAs(OrgUnitId assignedId) {
        return new OrgUnit(Objects.requireNonNull(assignedId), name, parent, description, active, revision);
    }

    /** Replaces the name and description, and places the unit under {@code newParent} (checked by the tree). */
    public OrgUnit revise(OrgUnitName newName, Optional<Description> newDescription, Optional<OrgUnitId> newParent,
                          Instant now) {
        if (isRoot() != newParent.isEmpty()) {
            throw new IllegalArgumentException("the root alone has no parent");
        }
        return new OrgUnit(id, newName, newParent.orElse(null), newDescription.orElse(null), active,
                revision.next(now));
    }

    /**
     * @param contents what the unit holds now
     * @throws RuleViolationException {@code root_unit} for the root, which holds the whole organisation;
     *                                {@code unit_not_empty} while it holds active units, assets, risks or risk
     *                                matrices, or roles held in it: a unit's rows and people are never orphaned
     */
    public OrgUnit deactivate(OrgUnitContents contents, Instant now) {
        if (isRoot()) {
            throw new RuleViolationException("root_unit", "the root unit cannot be deactivated");
        }
        if (!contents.isEmpty()) {
            throw new RuleViolationException("unit_not_empty", "unit " + id + " still holds " + contents.describe()
                    + ": move, deactivate or reassign them first");
        }
        return new OrgUnit(id, name, parent, description, false, revision.next(now));
    }

    /**
     * The check before a unit is placed under this one: a deactivated unit stays empty.
     *
     * @throws RuleViolationException {@code inactive_parent} when this unit is deactivated
     */
    public void requireOpenForUnits() {
        if (!active) {
            throw new RuleViolationException("inactive_parent", "unit " + id + " is deactivated: no unit can be"
                    + " placed under it");
        }
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<OrgUnitId> id() {
        return Optional.ofNullable(id);
    }

    public OrgUnitName name() {
        return name;
    }

    public Optional<OrgUnitId> parent() {
        return Optional.ofNullable(parent);
    }

    public boolean isRoot() {
        return parent == null;
    }

    public Optional<Description> description() {
        return Optional.ofNullable(description);
    }

    public boolean active() {
        return active;
    }
}
