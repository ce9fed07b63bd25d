package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.AssetRiskView;
import io.aegis.application.risk.port.in.AssetRiskView.CarriedRiskView;
import io.aegis.application.risk.port.in.GetAssetRiskUseCase;
import io.aegis.application.risk.port.out.AssetDependencyGraph;
import io.aegis.application.risk.port.out.OpenRisk;
import io.aegis.application.risk.port.out.RiskExposureReadModel;
import io.aegis.domain.asset.AssetGraph;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.CriticalPaths;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.CarriedRisk;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskRollUp;
import io.aegis.domain.shared.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Rolls an asset's risks up over its critical dependencies. Reads the critical edges one step away from the
 * assets reached so far (one query per step, so the whole graph is never loaded), then the open risks of every
 * reached asset in one query; the domain finds the paths and orders the risks.
 * <p>
 * The asset itself must be one the actor reads. A risk the actor may not read, or one reached over an asset the
 * actor may not read, still counts (the exposure is the asset's, whoever asks), but is listed without anything that
 * names it or those assets, and a note says so.
 */
public record GetAssetRiskService(UseCaseRunner run, AssetDependencyGraph graph, RiskExposureReadModel exposure)
        implements GetAssetRiskUseCase {

    private static final String ACTION = "asset.risk";

    @Override
    public AssetRiskView exposure(Actor actor, AssetId asset, int listed) {
        // the answer names assets and risks alike: each is named only where the actor reads it
        return run.readIn(actor, Permission.ASSET_READ, ACTION, assetScope ->
                run.readIn(actor, Permission.RISK_READ, ACTION, riskScope ->
                        rollUp(asset, listed, assetScope, riskScope)));
    }

    private AssetRiskView rollUp(AssetId asset, int listed, Scope assetScope, Scope riskScope) {
        if (listed < 1 || listed > MAX_LISTED) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LISTED);
        }
        if (!graph.assetExists(asset, assetScope)) {
            throw new NotFoundException("asset", asset);
        }
        CriticalPaths paths = AssetGraph.of(CriticalDependencyWalk.from(graph, asset).edges()).criticalPathsFrom(asset);
        Set<AssetId> considered = new LinkedHashSet<>();
        considered.add(asset);
        considered.addAll(paths.reachable());
        Set<AssetId> visibleAssets = graph.visibleAmong(considered, assetScope);
        Map<RiskId, OpenRisk> open = exposure.openRisksOn(considered, riskScope).stream()
                .collect(Collectors.toMap(risk -> risk.exposed().risk(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        RiskRollUp rollUp = RiskRollUp.over(paths, open.values().stream().map(OpenRisk::exposed).toList());

        Map<String, Long> counts = new LinkedHashMap<>();
        rollUp.countsByLevel().forEach((level, count) -> counts.put(level.key(), count));
        Predicate<CarriedRisk> shown = carried -> open.get(carried.exposed().risk()).visible()
                && visibleAssets.containsAll(carried.path());
        Function<CarriedRisk, CarriedRiskView> view = carried -> shown.test(carried)
                ? view(carried, open.get(carried.exposed().risk()))
                : CarriedRiskView.hidden(carried.exposed().level().key(), carried.exposed().score());
        long hidden = rollUp.risks().stream().filter(shown.negate()).count();
        return new AssetRiskView(asset.value(),
                rollUp.highest().map(carried -> carried.exposed().level().key()).orElse(null),
                rollUp.highest().map(view).orElse(null),
                considered.size(),
                rollUp.risks().size(),
                hidden,
                hidden == 0 ? null : hidden + " of the risks reaching this asset are hidden: they belong to units you"
                        + " may not read, or sit on dependencies you may not read. They count in every level and total,"
                        + " but are listed without their ids, titles, statuses and assets.",
                counts,
                rollUp.risks().stream().limit(listed).map(view).toList());
    }

    private static CarriedRiskView view(CarriedRisk carried, OpenRisk risk) {
        List<Long> path = carried.path().stream().map(AssetId::value).toList();
        return new CarriedRiskView(false, carried.exposed().risk().value(), risk.title(), risk.status().key(),
                carried.exposed().level().key(), carried.exposed().score(), carried.exposed().asset().value(), path);
    }
}
