package io.aegis.application.risk.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import java.util.Set;

/** The open risks on a set of assets, read in one pass for a roll-up. */
public interface RiskExposureReadModel {

    /**
     * Every active, not closed risk on one of {@code assets} that has a level; its score is the one its level
     * comes from (the residual score once rated, else the inherent one). In no particular order. Risks out of
     * {@code visible} are read too, since they count in the roll-up, but marked as not visible.
     */
    List<OpenRisk> openRisksOn(Set<AssetId> assets, Scope visible);
}
