package io.aegis.application.risk.port.in;

import java.util.List;
import java.util.Map;

/**
 * An asset's rolled-up exposure as clients see it. Risks the reader may not see (of a unit out of the reader's
 * scope, or reached over an asset out of it) count everywhere but are listed without naming them.
 *
 * @param highestLevel     the level of the worst risk reaching the asset, or null when none does
 * @param highest          that risk, with the path that carries it; null when none
 * @param assetsConsidered the asset and every asset it critically depends on
 * @param total            how many open risks reach the asset
 * @param hidden           how many of them are hidden from the reader
 * @param note             says that some risks are hidden and why; null when none is
 * @param countsByLevel    how many at each level, every level present, lowest first
 * @param risks            the worst of them, worst first
 */
public record AssetRiskView(long assetId, String highestLevel, CarriedRiskView highest, int assetsConsidered,
                            long total, long hidden, String note, Map<String, Long> countsByLevel,
                            List<CarriedRiskView> risks) {

    public AssetRiskView {
        risks = List.copyOf(risks);
    }

    /**
     * One risk reaching the asset. {@code score} is the one its level comes from; {@code path} runs from the asset
     * to {@code assetId}, the asset the risk sits on, over critical dependencies. A hidden risk shows its level and
     * score only: its id, title, status, asset and path are null.
     */
    public record CarriedRiskView(boolean hidden, Long id, String title, String status, String riskLevel,
                                  double score, Long assetId, List<Long> path) {

        public CarriedRiskView {
            path = path == null ? null : List.copyOf(path);
        }

        /** A risk the reader may not see: what it weighs, nothing that names it or the assets it sits on. */
        public static CarriedRiskView hidden(String riskLevel, double score) {
            return new CarriedRiskView(true, null, null, null, riskLevel, score, null, null);
        }
    }
}
