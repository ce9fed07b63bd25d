package io.aegis.domain.asset;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assets' dependencies, read from their relationships: "A needs B" when A depends_on or runs_on B, or
 * when B hosts A or A is part_of B ({@link RelationshipType#direction()}); connects_to and backs_up carry no
 * dependency. The graph may hold cycles and is walked iteratively, so neither a loop nor a deep chain can
 * hang it or overflow the stack.
 *
 * <p>Answers are ordered nearest first; among assets equally far, by the ids along their shortest paths
 * (breadth-first over neighbours sorted by id), so the same relationships always give the same order.
 * An answer never contains the asset asked about, even when a cycle leads back to it.
 */
public final class AssetGraph {

    private final Map<AssetId, List<AssetId>> providersOf;
    private final Map<AssetId, List<AssetId>> dependentsOf;
    private final Map<AssetId, List<AssetId>> criticalProvidersOf;

    private AssetGraph(Map<AssetId, List<AssetId>> providersOf, Map<AssetId, List<AssetId>> dependentsOf,
                       Map<AssetId, List<AssetId>> criticalProvidersOf) {
        this.providersOf = providersOf;
        this.dependentsOf = dependentsOf;
        this.criticalProvidersOf = criticalProvidersOf;
    }

    public static AssetGraph of(Collection<AssetRelationship> relationships) {
        Map<AssetId, SortedSet<AssetId>> providers = new TreeMap<>();
        Map<AssetId, SortedSet<AssetId>> dependents = new TreeMap<>();
        Map<AssetId, SortedSet<AssetId>> criticalProviders = new TreeMap<>();
        for (AssetRelationship relationship : relationships) {
            relationship.dependency().ifPresent(d -> {
                link(providers, d.dependent(), d.provider());
                link(dependents, d.provider(), d.dependent());
                if (d.critical()) {
                    link(criticalProviders, d.dependent(), d.provider());
                }
            });
        }
        return new AssetGraph(freeze(providers), freeze(dependents), freeze(criticalProviders));
    }

    /** Everything {@code asset} needs, directly or through other assets. */
    public Set<AssetId> dependenciesOf(AssetId asset) {
        return reached(walk(providersOf, asset), asset);
    }

    /** Everything that stops or degrades when {@code asset} fails: whatever needs it, directly or not. */
    public Set<AssetId> affectedBy(AssetId asset) {
        return reached(walk(dependentsOf, asset), asset);
    }

    /** What {@code asset} needs through critical dependencies only, with the shortest path to each. */
    public CriticalPaths criticalPathsFrom(AssetId asset) {
        return new CriticalPaths(asset, walk(criticalProvidersOf, asset));
    }

    /**
     * Breadth-first walk from {@code start}: every reached asset mapped to the one it was first reached from,
     * in the order reached; {@code start} maps to itself. First reach in breadth-first order over sorted
     * neighbours gives each asset its shortest path that is smallest by ids.
     */
    private static Map<AssetId, AssetId> walk(Map<AssetId, List<AssetId>> edges, AssetId start) {
        Objects.requireNonNull(start, "start");
        Map<AssetId, AssetId> cameFrom = new LinkedHashMap<>();
        cameFrom.put(start, start);
        ArrayDeque<AssetId> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            AssetId current = queue.poll();
            for (AssetId next : edges.getOrDefault(current, List.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return cameFrom;
    }

    private static Set<AssetId> reached(Map<AssetId, AssetId> cameFrom, AssetId start) {
        Set<AssetId> reached = new LinkedHashSet<>(cameFrom.keySet());
        reached.remove(start);
        return Collections.unmodifiableSet(reached);
    }

    private static void link(Map<AssetId, SortedSet<AssetId>> edges, AssetId from, AssetId to) {
        edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    }

    private static Map<AssetId, List<AssetId>> freeze(Map<AssetId, SortedSet<AssetId>> edges) {
        Map<AssetId, List<AssetId>> frozen = new TreeMap<>();
        edges.forEach((from, tos) -> frozen.put(from, List.copyOf(tos)));
        return Collections.unmodifiableMap(frozen);
    }
}
