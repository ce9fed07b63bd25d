package io.aegis.application.risk.port.out;

import io.aegis.domain.asset.AssetId;
import java.util.List;
import java.util.Set;

/** The open risks on a set of assets, read in one pass for a roll-up. */
public interface RiskExposureReadModel {

    /**
     * Every active, not closed risk on one of {@code assets} that has a level; its score is the one its level
     * comes from (the residual score once rated, else the inherent one). In no particular order.
     */
    List<OpenRisk> openRisksOn(Set<AssetId> assets);
}
