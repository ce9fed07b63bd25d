package io.aegis.application.risk;

import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.Dependency;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Walks critical dependencies breadth-first, one query per step away from where it starts, so the whole graph is
 * never loaded; cycles end the walk. It goes from assets to what they need ({@link #from}), or from assets to what
 * needs them ({@link #dependentsOf}).
 *
 * @param edges   every critical edge followed
 * @param reached the assets it started from and every asset the walk went on from, nearest first
 */
record CriticalDependencyWalk(List<AssetRelationship> edges, Set<AssetId> reached) {

    CriticalDependencyWalk {
        edges = List.copyOf(edges);
        reached = Collections.unmodifiableSet(new LinkedHashSet<>(reached));
    }

    /** Every critical dependency, directly or through others. */
    static CriticalDependencyWalk from(AssetDependencyGraph graph, AssetId asset) {
        return from(graph, asset, UnaryOperator.identity());
    }

    /** @param passable of the assets newly reached, those the walk may go on through (and counts as reached) */
    static CriticalDependencyWalk from(AssetDependencyGraph graph, AssetId asset, UnaryOperator<Set<AssetId>> passable) {
        return walk(Set.of(asset), graph::criticalDependenciesOf, Dependency::provider, passable);
    }

    /** Every critical dependency of any of {@code assets}, directly or through others. */
    static CriticalDependencyWalk from(AssetDependencyGraph graph, Set<AssetId> assets) {
        return walk(assets, graph::criticalDependenciesOf, Dependency::provider, UnaryOperator.identity());
    }

    /**
     * Every asset that critically depends on one of {@code assets}, directly or through others, nearest first; once
     * {@code max} assets are reached (those it started from included), the walk stops there.
     */
    static CriticalDependencyWalk dependentsOf(AssetDependencyGraph graph, Set<AssetId> assets, int max) {
        Set<AssetId> counted = new LinkedHashSet<>(assets);
        return walk(assets, graph::criticalDependentsOf, Dependency::dependent, next -> {
            Set<AssetId> room = new LinkedHashSet<>(next.stream().limit(Math.max(0, max - counted.size())).toList());
            counted.addAll(room);
            return room;
        });
    }

    private static CriticalDependencyWalk walk(Set<AssetId> start, Function<Set<AssetId>, List<AssetRelationship>> step,
                                               Function<Dependency, AssetId> farEnd,
                                               UnaryOperator<Set<AssetId>> passable) {
        List<AssetRelationship> edges = new ArrayList<>();
        Set<AssetId> reached = new LinkedHashSet<>(start);
        Set<AssetId> frontier = new LinkedHashSet<>(start);
        while (!frontier.isEmpty()) {
            List<AssetRelationship> edgesOut = step.apply(frontier);
            edges.addAll(edgesOut);
            Set<AssetId> next = new LinkedHashSet<>();
            edgesOut.forEach(edge -> edge.dependency().map(farEnd).filter(id -> !reached.contains(id))
                    .ifPresent(next::add));
            frontier = next.isEmpty() ? Set.of() : passable.apply(next);
            reached.addAll(frontier);
        }
        return new CriticalDependencyWalk(edges, reached);
    }
}
