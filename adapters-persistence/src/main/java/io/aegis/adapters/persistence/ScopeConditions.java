package io.aegis.adapters.persistence;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A scope as a WHERE condition on a row's unit column: every read model of scoped rows filters with one of these in
 * its query, so rows out of scope are never loaded, counted or paged over.
 */
public final class ScopeConditions {

    private ScopeConditions() {
    }

    /** Rows of the scope's units; every row when the scope is unlimited, none when it is empty. */
    public static Condition rowsIn(Field<Integer> unit, Scope scope) {
        return scope.unlimited() ? DSL.noCondition() : in(unit, scope.units());
    }

    /** Definitions that apply within the scope: those of its units and of the units above them. */
    public static Condition sharedWith(Field<Integer> unit, Scope scope) {
        return scope.unlimited() ? DSL.noCondition() : in(unit, scope.units()).or(in(unit, scope.above()));
    }

    private static Condition in(Field<Integer> unit, Set<OrgUnitId> units) {
        return units.isEmpty() ? DSL.falseCondition()
                : unit.in(units.stream().map(id -> Math.toIntExact(id.value())).toList());
    }
}
