package io.aegis.domain.asset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one asset needs through critical dependencies, and by which shortest path. Paths are rebuilt on demand
 * from one back-pointer per asset rather than stored whole: a chain of n assets would otherwise hold n²/2 ids.
 */
public final class CriticalPaths {

    private final AssetId from;
    private final Map<AssetId, AssetId> cameFrom;
    private final Set<AssetId> reachable;

    /** @param cameFrom every reached asset mapped to its predecessor on its path; {@code from} to itself */
    CriticalPaths(AssetId from, Map<AssetId, AssetId> cameFrom) {
        this.from = Objects.requireNonNull(from, "from");
        this.cameFrom = Map.copyOf(cameFrom);
        Set<AssetId> ordered = new LinkedHashSet<>(cameFrom.keySet());
        ordered.remove(from);
        this.reachable = Collections.unmodifiableSet(ordered);
    }

    public AssetId from() {
        return from;
    }

    /** The assets reached, nearest first, in the graph's deterministic order; never {@link #from()} itself. */
    public Set<AssetId> reachable() {
        return reachable;
    }

    /**
     * The shortest critical path from {@link #from()} to {@code target}, both ends included; among equally
     * short paths, the smallest by ids. The path to {@code from} itself is just {@code [from]}; an asset not
     * reached has none.
     */
    public Optional<List<AssetId>> pathTo(AssetId target) {
        if (!cameFrom.containsKey(target)) {
            return Optional.empty();
        }
        List<AssetId> path = new ArrayList<>();
        for (AssetId step = target; !step.equals(from); step = cameFrom.get(step)) {
            path.add(step);
        }
        path.add(from);
        Collections.reverse(path);
        return Optional.of(List.copyOf(path));
    }
}
