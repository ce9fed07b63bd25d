package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ExposedAssetView;
import io.aegis.application.risk.port.in.ListMostExposedAssetsUseCase;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.OpenRisk;
import io.aegis.application.risk.port.out.OwnExposureRanking;
import io.aegis.application.risk.port.out.RiskExposureReadModel;
import io.aegis.domain.asset.AssetGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.CriticalPaths;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.CarriedRisk;
import io.aegis.domain.risk.ExposedRisk;
import io.aegis.domain.risk.RiskRollUp;
import io.aegis.domain.shared.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the assets carrying the most risk without rolling up the whole inventory: the assets whose own risks are
 * worst (one aggregate query), then everything critically depending on them (the reverse edges, one query per step,
 * nearest first, bounded), then the roll-up of each of those the actor reads, exactly as {@link GetAssetRiskService}
 * makes it, from one walk of their dependencies together and one read of their open risks. The domain ranks them.
 * <p>
 * An asset that critically depends on another carries at least that asset's worst risk, so an asset out of the
 * search is reached by nothing worse than the worst own risk of every asset the search started from.
 */
public record ListMostExposedAssetsService(UseCaseRunner run, OwnExposureRanking ranking,
                                           AssetDependencyGraph graph, RiskExposureReadModel exposure)
        implements ListMostExposedAssetsUseCase {

    private static final String ACTION = "asset.most_exposed";
    /**
     * How many assets with the worst own risks the search starts from for each one listed: a reader of part of the
     * organisation may read few of them, or of what depends on them.
     */
    private static final int STARTS_PER_LISTED = 3;

    @Override
    public List<ExposedAssetView> list(Actor actor, int limit) {
        return run.readIn(actor, Permission.ASSET_READ, ACTION, assetScope ->
                run.readIn(actor, Permission.RISK_READ, ACTION, riskScope -> rank(limit, assetScope, riskScope)));
    }

    private List<ExposedAssetView> rank(int limit, Scope assetScope, Scope riskScope) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<AssetId> worstOwn = ranking.worstFirst(limit * STARTS_PER_LISTED);
        Set<AssetId> searched = CriticalDependencyWalk.dependentsOf(graph, new LinkedHashSet<>(worstOwn),
                MAX_ROLLED_UP).reached();
        Map<AssetId, String> names = graph.namesAmong(searched, assetScope);
        if (names.isEmpty()) {
            return List.of();
        }
        // one walk from every listed candidate at once: the edges it finds hold each one's critical paths
        CriticalDependencyWalk dependencies = CriticalDependencyWalk.from(graph, names.keySet());
        AssetGraph dependencyGraph = AssetGraph.of(dependencies.edges());
        // hidden risks weigh as in the roll-up of one asset; no view below names a risk
        Map<AssetId, List<ExposedRisk>> risksOn = exposure.openRisksOn(dependencies.reached(), riskScope).stream()
                .map(OpenRisk::exposed)
                .collect(Collectors.groupingBy(ExposedRisk::asset));
        return names.keySet().stream()
                .map(asset -> rollUp(dependencyGraph.criticalPathsFrom(asset), risksOn))
                .filter(rollUp -> rollUp.highest().isPresent())
                .sorted(RiskRollUp.MOST_EXPOSED_FIRST)
                .limit(limit)
                .map(rollUp -> view(rollUp, names.get(rollUp.asset())))
                .toList();
    }

    private static RiskRollUp rollUp(CriticalPaths paths, Map<AssetId, List<ExposedRisk>> risksOn) {
        return RiskRollUp.over(paths, Stream.concat(Stream.of(paths.from()), paths.reachable().stream())
                .flatMap(asset -> risksOn.getOrDefault(asset, List.of()).stream())
                .toList());
    }

    private static ExposedAssetView view(RiskRollUp rollUp, String name) {
        CarriedRisk highest = rollUp.highest().orElseThrow();
        return new ExposedAssetView(rollUp.asset().value(), name, highest.exposed().level().key(),
                highest.exposed().score(), highest.distance() > 0, rollUp.risks().size());
    }
}
