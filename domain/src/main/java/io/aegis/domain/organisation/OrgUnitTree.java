package io.aegis.domain.organisation;

import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The organisational units as one tree: a single root, every other unit under a parent that exists, and no
 * unit its own ancestor. Built from each unit's link to its parent; the rules that keep it a tree when a unit
 * is added or moved are here.
 */
public final class OrgUnitTree {

    private final OrgUnitId root;
    private final Map<OrgUnitId, OrgUnitId> parents;
    private final Map<OrgUnitId, List<OrgUnitId>> children;

    private OrgUnitTree(OrgUnitId root, Map<OrgUnitId, OrgUnitId> parents,
                        Map<OrgUnitId, List<OrgUnitId>> children) {
        this.root = root;
        this.parents = parents;
        this.children = children;
    }

    /**
     * @param parentOf every unit, with its parent; empty for the root
     * @throws IllegalArgumentException when the links do not form one tree (no root or two, a parent that is not
     *                                  a unit, a cycle): stored data that broke the rules this class keeps
     */
    public static OrgUnitTree of(Map<OrgUnitId, Optional<OrgUnitId>> parentOf) {
        List<OrgUnitId> roots = parentOf.entrySet().stream().filter(unit -> unit.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (roots.size() != 1) {
            throw new IllegalArgumentException("a unit tree has one root, not " + roots.size());
        }
        Map<OrgUnitId, OrgUnitId> parents = new HashMap<>();
        Map<OrgUnitId, List<OrgUnitId>> children = new HashMap<>();
        parentOf.forEach((unit, parent) -> parent.ifPresent(p -> {
            if (!parentOf.containsKey(p)) {
                throw new IllegalArgumentException("unit " + unit + " names the missing parent " + p);
            }
            parents.put(unit, p);
            children.computeIfAbsent(p, any -> new ArrayList<>()).add(unit);
        }));
        OrgUnitTree tree = new OrgUnitTree(roots.get(0), parents, children);
        if (tree.subtree(tree.root).size() != parentOf.size()) {
            throw new IllegalArgumentException("some units do not lead to the root: their parents form a cycle");
        }
        return tree;
    }

    public OrgUnitId root() {
        return root;
    }

    public boolean contains(OrgUnitId unit) {
        return unit.equals(root) || parents.containsKey(unit);
    }

    public Optional<OrgUnitId> parentOf(OrgUnitId unit) {
        return Optional.ofNullable(parents.get(requireKnown(unit)));
    }

    /** The unit and every unit below it, the unit first, each parent before its children. */
    public Set<OrgUnitId> subtree(OrgUnitId unit) {
        Set<OrgUnitId> found = new LinkedHashSet<>();
        Deque<OrgUnitId> next = new ArrayDeque<>(List.of(requireKnown(unit)));
        while (!next.isEmpty()) {
            OrgUnitId current = next.removeFirst();
            if (found.add(current)) {
                next.addAll(children.getOrDefault(current, List.of()));
            }
        }
        return Collections.unmodifiableSet(found);
    }

    /** The units from the root down to {@code unit}, both included. */
    public List<OrgUnitId> pathFromRoot(OrgUnitId unit) {
        List<OrgUnitId> path = new ArrayList<>();
        for (OrgUnitId at = requireKnown(unit); at != null; at = parents.get(at)) {
            path.add(0, at);
        }
        return List.copyOf(path);
    }

    /**
     * The check before {@code unit} is placed under {@code parent} (a new unit has no id yet: pass none).
     *
     * @throws RuleViolationException {@code unknown_parent} when the parent is not a unit,
     *                                {@code cyclic_parent} when it is the unit itself or below it,
     *                                {@code root_has_no_parent} when the unit is the root
     */
    public void requirePlaceable(Optional<OrgUnitId> unit, OrgUnitId parent) {
        Objects.requireNonNull(parent, "parent");
        if (!contains(parent)) {
            throw new RuleViolationException("unknown_parent", "parent_id " + parent + " names no unit");
        }
        if (unit.isEmpty()) {
            return;
        }
        if (unit.get().equals(root)) {
            throw new RuleViolationException("root_has_no_parent", "the root unit cannot be placed under another");
        }
        if (subtree(unit.get()).contains(parent)) {
            throw new RuleViolationException("cyclic_parent", "unit " + unit.get() + " cannot be placed under "
                    + parent + ", which is " + (parent.equals(unit.get()) ? "itself" : "below it"));
        }
    }

    private OrgUnitId requireKnown(OrgUnitId unit) {
        if (!contains(unit)) {
            throw new IllegalArgumentException("unit " + unit + " is not in the tree");
        }
        return unit;
    }
}
