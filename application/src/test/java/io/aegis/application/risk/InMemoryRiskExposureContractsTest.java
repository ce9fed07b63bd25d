package io.aegis.application.risk;

import io.aegis.application.testing.InMemoryOrgUnits;
import io.aegis.application.testing.InMemoryRisks;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.OrgUnitId;

/** The fake's exposure read model must answer as the databases do. */
class InMemoryRiskExposureContractsTest extends RiskExposureReadModelContract {

    private final InMemoryOrgUnits units = new InMemoryOrgUnits();
    private long lastAsset;

    @Override
    protected Stores emptyStores() {
        InMemoryRisks store = new InMemoryRisks(units);
        return new Stores(store, store, store);
    }

    @Override
    protected OrgUnitId storedUnit(String name) {
        return OrgUnitMother.storedUnit(units, name, OrgUnitId.ROOT);
    }

    /** The fake stores no assets: a risk may sit on any id, and the exposure never looks at the asset. */
    @Override
    protected AssetId storedAsset(String name, boolean active) {
        return new AssetId(++lastAsset);
    }
}
