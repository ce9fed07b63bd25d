package io.aegis.adapters.persistence.risk;

import static io.aegis.application.asset.AssetMother.aBareProfile;
import static io.aegis.application.asset.AssetMother.anAsset;
import static io.aegis.application.risk.RiskMother.T0;

import io.aegis.adapters.persistence.asset.JooqAssetRepository;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/** Assets the risk contracts point at, stored through their own repository. */
final class StoredAssets {

    /** Names are unique across a class's tests, which share one database and leave their assets behind. */
    private static final AtomicInteger NAMES = new AtomicInteger();

    private StoredAssets() {
    }

    /** Stores an asset named after {@code name}, deactivated unless {@code active}. */
    static AssetId stored(DSLContext dsl, String name, boolean active) {
        JooqAssetRepository assets = new JooqAssetRepository(dsl);
        Asset stored = assets.insert(anAsset(aBareProfile(name + "-" + NAMES.incrementAndGet()), T0));
        if (!active) {
            assets.update(stored.deactivate(T0.plusSeconds(1)), stored.version());
        }
        return stored.id().orElseThrow();
    }
}
