package io.aegis.application.organisation.port.in;

import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.shared.Description;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisational unit as clients see it. {@code parentId} is null for the root, {@code description} may be
 * null; {@code path} holds the ids from the root down to the unit, both included.
 */
public record OrgUnitView(long id, String name, Long parentId, String description, boolean active,
                          Instant createdAt, Instant updatedAt, List<Long> path) {

    public OrgUnitView {
        path = List.copyOf(path);
    }

    /**
     * @param tree the units as stored; the unit's parent is in it, the unit itself need not be (a unit being created
     *             or moved is placed by its parent's path, which a move cannot change: the parent is never below it)
     */
    public static OrgUnitView of(OrgUnit unit, OrgUnitTree tree) {
        long id = unit.id().orElseThrow(() -> new IllegalStateException("an unsaved unit has no view")).value();
        List<Long> path = new ArrayList<>();
        unit.parent().ifPresent(parent -> tree.pathFromRoot(parent).forEach(above -> path.add(above.value())));
        path.add(id);
        return new OrgUnitView(id, unit.name().value(), unit.parent().map(OrgUnitId::value).orElse(null),
                unit.description().map(Description::value).orElse(null), unit.active(), unit.createdAt(),
                unit.updatedAt(), path);
    }

    /** The version clients send back in {@code If-Match}. */
    public Instant version() {
        return updatedAt;
    }
}
