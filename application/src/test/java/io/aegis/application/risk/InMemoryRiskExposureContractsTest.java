package io.aegis.application.risk;

import io.aegis.application.testing.InMemoryRisks;
import io.aegis.domain.asset.AssetId;

/** The fake's exposure read model must answer as the databases do. */
class InMemoryRiskExposureContractsTest extends RiskExposureReadModelContract {

    private long lastAsset;

    @Override
    protected Stores emptyStores() {
        InMemoryRisks store = new InMemoryRisks();
        return new Stores(store, store);
    }

    /** The fake stores no assets: a risk may sit on any id, and the exposure never looks at the asset. */
    @Override
    protected AssetId storedAsset(String name, boolean active) {
        return new AssetId(++lastAsset);
    }
}
