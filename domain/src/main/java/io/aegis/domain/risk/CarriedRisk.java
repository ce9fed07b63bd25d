package io.aegis.domain.risk;

import io.aegis.domain.asset.AssetId;
import java.util.List;

/**
 * A risk that reaches an asset, and how: the critical-dependency path from that asset to the asset the risk
 * sits on, both ends included ({@code [asset]} alone for the asset's own risks).
 */
public record CarriedRisk(ExposedRisk exposed, List<AssetId> path) {

    public CarriedRisk {
        path = List.copyOf(path);
    }

    /** How many critical dependencies lie between the asset and the risk; 0 for the asset's own risks. */
    public int distance() {
        return path.size() - 1;
    }
}
