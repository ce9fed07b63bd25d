package io.aegis.domain.organisation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where an actor may use one permission: in every unit ({@code unlimited}: a grant at the root for its whole
 * subtree, which also covers units created later), or in a set of units.
 */
public record Scope(boolean unlimited, Set<OrgUnitId> units) {

    private static final Scope EVERYWHERE = new Scope(true, Set.of());
    private static final Scope NOWHERE = new Scope(false, Set.of());

    public Scope {
        units = unlimited ? Set.of() : Set.copyOf(Objects.requireNonNull(units, "units"));
    }

    public static Scope everywhere() {
        return EVERYWHERE;
    }

    public static Scope nowhere() {
        return NOWHERE;
    }

    public static Scope of(Set<OrgUnitId> units) {
        return new Scope(false, units);
    }

    public boolean includes(OrgUnitId unit) {
        return unlimited || units.contains(unit);
    }

    public boolean isEmpty() {
        return !unlimited && units.isEmpty();
    }

    /** Where either scope reaches. */
    public Scope union(Scope other) {
        if (unlimited || other.unlimited) {
            return EVERYWHERE;
        }
        Set<OrgUnitId> both = new HashSet<>(units);
        both.addAll(other.units);
        return of(both);
    }
}
