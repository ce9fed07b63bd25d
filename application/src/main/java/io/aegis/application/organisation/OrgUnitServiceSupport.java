package io.aegis.application.organisation;

import io.aegis.application.organisation.port.out.OrgUnitRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.organisation.OrgUnit;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.OrgUnitName;
import io.aegis.domain.organisation.OrgUnitTree;
import java.util.Optional;

/** What the organisational-unit services share: the resource's name, the tree, loading, placing, uniqueness. */
final class OrgUnitServiceSupport {

    static final String RESOURCE = "org_unit";

    private OrgUnitServiceSupport() {
    }

    /** The stored tree, for a change: read first, so that the change takes its turn before reading anything else. */
    static OrgUnitTree lockedTree(OrgUnitRepository units) {
        return OrgUnitTree.of(units.lockedParentLinks());
    }

    static OrgUnit load(OrgUnitRepository units, OrgUnitId id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("org unit", id));
    }

    /** The tree's rules, then the parent's own: a deactivated unit takes no new units. */
    static void requirePlaceable(OrgUnitRepository units, OrgUnitTree tree, Optional<OrgUnitId> unit,
                                 OrgUnitId parent) {
        tree.requirePlaceable(unit, parent);
        load(units, parent).requireOpenForUnits();
    }

    static void requireFree(OrgUnitRepository units, OrgUnitName name, OrgUnitId parent,
                            Optional<OrgUnitId> except) {
        if (units.nameTaken(name, parent, except)) {
            throw new ConflictException("duplicate_name", "a unit named '" + name.value() + "' already exists under"
                    + " unit " + parent + " (names ignore case; it may be inactive)");
        }
    }
}
