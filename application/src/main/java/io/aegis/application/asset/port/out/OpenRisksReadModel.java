package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.OpenRisksView;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.Scope;

/**
 * The open risks (active, not closed) that still sit on an asset, read straight from the risk register: an asset
 * that carries them is not deactivated silently. The asset context reads them here rather than through the risk
 * context, which depends on it (ARCHITECTURE.md 11).
 */
public interface OpenRisksReadModel {

    /**
     * @param readable where the reader reads risks: only those risks are named, every one is counted
     * @param named    how many to name at most, lowest id first
     */
    OpenRisksView onAsset(AssetId asset, Scope readable, int named);
}
