package io.aegis.application.risk;

import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.asset.Dependency;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Walks an asset's critical dependencies breadth-first, one query per step away from the asset, so the whole graph
 * is never loaded; cycles end the walk.
 *
 * @param edges   every critical edge followed
 * @param reached the asset and every asset the walk went on from
 */
record CriticalDependencyWalk(List<AssetRelationship> edges, Set<AssetId> reached) {

    CriticalDependencyWalk {
        edges = List.copyOf(edges);
        reached = Set.copyOf(reached);
    }

    /** Every critical dependency, directly or through others. */
    static CriticalDependencyWalk from(AssetDependencyGraph graph, AssetId asset) {
        return from(graph, asset, UnaryOperator.identity());
    }

    /** @param passable of the assets newly reached, those the walk may go on through (and counts as reached) */
    static CriticalDependencyWalk from(AssetDependencyGraph graph, AssetId asset, UnaryOperator<Set<AssetId>> passable) {
        List<AssetRelationship> edges = new ArrayList<>();
        Set<AssetId> reached = new LinkedHashSet<>(Set.of(asset));
        Set<AssetId> frontier = Set.of(asset);
        while (!frontier.isEmpty()) {
            List<AssetRelationship> step = graph.criticalDependenciesOf(frontier);
            edges.addAll(step);
            Set<AssetId> next = new LinkedHashSet<>();
            step.forEach(edge -> edge.dependency().map(Dependency::provider).filter(id -> !reached.contains(id))
                    .ifPresent(next::add));
            frontier = next.isEmpty() ? Set.of() : passable.apply(next);
            reached.addAll(frontier);
        }
        return new CriticalDependencyWalk(edges, reached);
    }
}
