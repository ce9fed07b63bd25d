package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.RiskFilter;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.Permission;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Widens a filter on assets to the assets they critically depend on, as the roll-up walks them. The walk reads
 * assets, so it needs {@code asset:read}, and it goes only through assets the actor reads: a dependency reached
 * over an asset of another unit is not disclosed by the risks it would add.
 */
record RiskAssetReach(UseCaseRunner run, AssetDependencyGraph graph) {

    /**
     * {@code asked} as {@code actor} reads it: its assets widened, and its treatment gap judged on the assessments
     * the actor may see ({@link TreatmentEvidence}). Every use case taking the register's filter resolves it here.
     */
    RiskFilter resolve(Actor actor, RiskFilter asked, String action) {
        RiskFilter filter = TreatmentEvidence.bind(actor, asked);
        if (!filter.includeDependencies() || filter.assets().isEmpty()) {
            return filter;
        }
        return run.readIn(actor, Permission.ASSET_READ, action, assetScope -> {
            Set<AssetId> reached = new LinkedHashSet<>(filter.assets());
            for (AssetId asset : graph.visibleAmong(filter.assets(), assetScope)) {
                reached.addAll(CriticalDependencyWalk.from(graph, asset,
                        next -> graph.visibleAmong(next, assetScope)).reached());
            }
            return filter.onAssets(reached);
        });
    }
}
