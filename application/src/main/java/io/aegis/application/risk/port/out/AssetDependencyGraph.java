package io.aegis.application.risk.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationship;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the risk roll-up reads of the assets: which exist, and the critical dependencies it walks. */
public interface AssetDependencyGraph {

    /** Whether an asset has this id, active or not, and belongs to a unit of {@code visible}. */
    boolean assetExists(AssetId id, Scope visible);

    /** Those of {@code assets} that belong to a unit of {@code visible}. */
    Set<AssetId> visibleAmong(Set<AssetId> assets, Scope visible);

    /** The names of those of {@code assets} that belong to a unit of {@code visible}. */
    Map<AssetId, String> namesAmong(Set<AssetId> assets, Scope visible);

    /**
     * The critical dependencies of {@code dependents}: every relationship marked critical whose type makes one of
     * them need another asset ({@link AssetRelationship#dependency()}), both assets active. One step of the
     * dependency graph at a time, so the roll-up never loads the whole graph.
     */
    List<AssetRelationship> criticalDependenciesOf(Set<AssetId> dependents);

    /**
     * The critical dependencies on {@code providers}: the same edges as {@link #criticalDependenciesOf}, found from
     * the other end, so that a walk can go from an asset to everything that needs it. Ordered by relationship id.
     */
    List<AssetRelationship> criticalDependentsOf(Set<AssetId> providers);
}
