package io.aegis.application.risk.port.in;

import java.util.List;
import java.util.Map;

/**
 * An asset's rolled-up exposure as clients see it.
 *
 * @param highestLevel     the level of the worst risk reaching the asset, or null when none does
 * @param highest          that risk, with the path that carries it; null when none
 * @param assetsConsidered the asset and every asset it critically depends on
 * @param total            how many open risks reach the asset
 * @param countsByLevel    how many at each level, every level present, lowest first
 * @param risks            the worst of them, worst first
 */
public record AssetRiskView(long assetId, String highestLevel, CarriedRiskView highest, int assetsConsidered,
                            long total, Map<String, Long> countsByLevel, List<CarriedRiskView> risks) {

    public AssetRiskView {
        risks = List.copyOf(risks);
    }

    /**
     * One risk reaching the asset. {@code score} is the one its level comes from; {@code path} runs from the asset
     * to {@code assetId}, the asset the risk sits on, over critical dependencies.
     */
    public record CarriedRiskView(long id, String title, String status, String riskLevel, double score,
                                  long assetId, List<Long> path) {

        public CarriedRiskView {
            path = List.copyOf(path);
        }
    }
}
