package io.aegis.domain.framework;

import io.aegis.domain.framework.ControlChange.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's stored controls against a catalog, by control id: which the catalog adds, changes (and in which
 * fields), withdraws (withdrawn in it, or absent from it: kept, inactive) and leaves as they are. Importing the
 * same catalog again compares as unchanged throughout.
 *
 * @param changes one per control: the catalog's in its order, then the stored controls it no longer names
 */
public record CatalogComparison(List<ControlChange> changes) {

    public CatalogComparison {
        changes = List.copyOf(changes);
    }

    /**
     * @param stored   the framework's controls as stored (none for a new framework)
     * @param incoming the catalog's entries
     * @throws io.aegis.domain.shared.RuleViolationException when the controls after the import would break
     *                                                       {@link ControlHierarchy}'s rules
     */
    public static CatalogComparison of(List<ControlDefinition> stored, List<ControlDefinition> incoming) {
        Map<ControlLabel, ControlDefinition> remaining = new LinkedHashMap<>();
        stored.forEach(control -> remaining.put(control.label(), control));
        List<ControlChange> changes = new ArrayList<>(incoming.size());
        for (ControlDefinition next : incoming) {
            ControlDefinition before = remaining.remove(next.label());
            changes.add(before == null ? new ControlChange(next.label(), Kind.ADDED, List.of(), next)
                    : revised(before, next));
        }
        for (ControlDefinition absent : remaining.values()) {
            changes.add(absent.active()
                    ? new ControlChange(absent.label(), Kind.WITHDRAWN, List.of("is_active"), absent.withdraw())
                    : new ControlChange(absent.label(), Kind.UNCHANGED, List.of(), absent));
        }
        ControlHierarchy.require(changes.stream().map(ControlChange::after).toList());
        return new CatalogComparison(changes);
    }

    private static ControlChange revised(ControlDefinition before, ControlDefinition after) {
        List<String> fields = before.changedFields(after);
        Kind kind = fields.isEmpty() ? Kind.UNCHANGED
                : before.active() && !after.active() ? Kind.WITHDRAWN : Kind.CHANGED;
        return new ControlChange(after.label(), kind, fields, after);
    }

    public List<ControlChange> of(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    public long count(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    /** Whether the catalog is what is stored already: importing it would change nothing. */
    public boolean changesNothing() {
        return changes.stream().allMatch(change -> change.kind() == Kind.UNCHANGED);
    }
}
