package io.aegis.application.port;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.RuleViolationException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which unit a row is placed in, the one rule for every scoped context: a new row goes where the request says, or,
 * said nowhere, to the only place the actor's permission leaves (the root for an actor who may write everywhere,
 * the one unit of an actor who may write in one); a row moves only to a unit the actor may write in too.
 */
public final class UnitPlacement {

    private UnitPlacement() {
    }

    /**
     * @param activeUnit whether a unit exists and is active (a unit the request names is checked; the root is)
     * @throws RuleViolationException {@code unknown_org_unit} when the named unit is not an active unit the change
     *                                may write in (one unknown and one out of scope are refused alike),
     *                                {@code org_unit_required} when none is named and the actor writes in several
     */
    public static OrgUnitId ofNewRow(Change change, Optional<OrgUnitId> requested, Predicate<OrgUnitId> activeUnit) {
        if (requested.isPresent()) {
            requireTarget(change, requested.get(), activeUnit);
            return requested.get();
        }
        Scope scope = change.scope();
        if (scope.unlimited()) {
            return OrgUnitId.ROOT;
        }
        if (scope.units().size() == 1) {
            return scope.units().iterator().next();
        }
        throw new RuleViolationException("org_unit_required",
                "your permission reaches several units: name the row's unit with org_unit_id");
    }

    /**
     * The check of the unit a row moves to (the unit it leaves is checked like any row the change touches, with
     * {@link Change#requireWithin}).
     *
     * @throws RuleViolationException {@code unknown_org_unit} as for a new row
     */
    public static void requireTarget(Change change, OrgUnitId unit, Predicate<OrgUnitId> activeUnit) {
        if (!change.scope().includes(unit) || !activeUnit.test(unit)) {
            throw new RuleViolationException("unknown_org_unit",
                    "org_unit_id " + unit + " names no active unit you may write in");
        }
    }
}
