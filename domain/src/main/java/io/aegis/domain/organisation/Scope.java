package io.aegis.domain.organisation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where an actor may use one permission: in every unit ({@code unlimited}: a grant at the root for its whole
 * subtree, which also covers units created later), or in a set of units.
 *
 * <p>Some rows are definitions a unit shares with every unit below it (a risk matrix of the root rates the risks of
 * every unit): {@code above} holds the units above the scope's own, whose definitions it may read and use, though
 * not change.
 *
 * @param units the units the permission reaches; empty when unlimited
 * @param above the units above them that are not among them; empty when unlimited
 */
public record Scope(boolean unlimited, Set<OrgUnitId> units, Set<OrgUnitId> above) {

    private static final Scope EVERYWHERE = new Scope(true, Set.of(), Set.of());
    private static final Scope NOWHERE = new Scope(false, Set.of(), Set.of());

    public Scope {
        units = unlimited ? Set.of() : Set.copyOf(Objects.requireNonNull(units, "units"));
        Set<OrgUnitId> onlyAbove = new HashSet<>(Objects.requireNonNull(above, "above"));
        onlyAbove.removeAll(units);
        above = unlimited ? Set.of() : Set.copyOf(onlyAbove);
    }

    public static Scope everywhere() {
        return EVERYWHERE;
    }

    public static Scope nowhere() {
        return NOWHERE;
    }

    /** The given units of {@code tree}, with the units above them. */
    public static Scope of(Set<OrgUnitId> units, OrgUnitTree tree) {
        Set<OrgUnitId> above = new HashSet<>();
        units.forEach(unit -> above.addAll(tree.pathFromRoot(unit)));
        return new Scope(false, units, above);
    }

    /** Whether a row of {@code unit} is within the scope. */
    public boolean includes(OrgUnitId unit) {
        return unlimited || units.contains(unit);
    }

    /** Whether a definition of {@code unit} applies within the scope: the unit is in it or above one of its units. */
    public boolean shares(OrgUnitId unit) {
        return includes(unit) || above.contains(unit);
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
        Set<OrgUnitId> bothAbove = new HashSet<>(above);
        bothAbove.addAll(other.above);
        return new Scope(false, both, bothAbove);
    }
}
