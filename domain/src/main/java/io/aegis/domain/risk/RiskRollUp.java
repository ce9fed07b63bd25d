package io.aegis.domain.risk;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.CriticalPaths;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An asset's exposure: its own open risks and those of every asset it critically depends on, directly or
 * through others, since the loss of any of them stops it. Ordered worst first: by level, then score, then the
 * nearer asset (a risk one hop away is more pressing than the same risk three hops away), then risk id, so the
 * same register always gives the same answer. The paths come from the dependency graph, which is cycle-safe.
 */
public final class RiskRollUp {

    /** How pressing a risk is where it reaches: its level, then its score, then the nearer asset. */
    private static final Comparator<CarriedRisk> MOST_PRESSING_FIRST = Comparator
            .comparing((CarriedRisk carried) -> carried.exposed().level()).reversed()
            .thenComparing(Comparator.comparingDouble((CarriedRisk carried) -> carried.exposed().score()).reversed())
            .thenComparingInt(CarriedRisk::distance);
    private static final Comparator<CarriedRisk> WORST_FIRST = MOST_PRESSING_FIRST
            .thenComparingLong(carried -> carried.exposed().risk().value());

    /**
     * Assets ranked by exposure, most exposed first: by their worst risk's level, then its score, then its nearness
     * (an asset carrying a risk itself comes before those that carry it through a dependency), then by how many risks
     * reach them, then by asset id; an asset nothing reaches comes last.
     */
    public static final Comparator<RiskRollUp> MOST_EXPOSED_FIRST = Comparator
            .comparing((RiskRollUp rollUp) -> rollUp.highest().orElse(null), Comparator.nullsLast(MOST_PRESSING_FIRST))
            .thenComparing(Comparator.comparingInt((RiskRollUp rollUp) -> rollUp.risks().size()).reversed())
            .thenComparingLong(rollUp -> rollUp.asset().value());

    private final AssetId asset;
    private final List<CarriedRisk> risks;

    private RiskRollUp(AssetId asset, List<CarriedRisk> risks) {
        this.asset = asset;
        this.risks = risks;
    }

    /**
     * @param paths the asset's critical dependencies
     * @param risks the open risks on the asset and on the assets {@code paths} reaches
     * @throws IllegalArgumentException for a risk on an asset the paths do not reach
     */
    public static RiskRollUp over(CriticalPaths paths, Collection<ExposedRisk> risks) {
        List<CarriedRisk> carried = risks.stream()
                .map(risk -> new CarriedRisk(risk, paths.pathTo(risk.asset()).orElseThrow(() ->
                        new IllegalArgumentException("risk " + risk.risk() + " sits on asset " + risk.asset()
                                + ", which asset " + paths.from() + " does not critically depend on"))))
                .sorted(WORST_FIRST)
                .toList();
        return new RiskRollUp(paths.from(), carried);
    }

    public AssetId asset() {
        return asset;
    }

    /** Every risk that reaches the asset, worst first. */
    public List<CarriedRisk> risks() {
        return risks;
    }

    /** The worst of them, with the path that carries it; empty when nothing reaches the asset. */
    public Optional<CarriedRisk> highest() {
        return risks.stream().findFirst();
    }

    /** How many risks reach the asset at each level; every level is present, zero when none. */
    public Map<RiskLevel, Long> countsByLevel() {
        Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, 0L);
        }
        risks.forEach(carried -> counts.merge(carried.exposed().level(), 1L, Long::sum));
        return counts;
    }
}
