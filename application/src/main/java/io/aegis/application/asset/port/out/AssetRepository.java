package io.aegis.application.asset.port.out;

import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import java.time.Instant;
import java.util.Optional;

public interface AssetRepository {

    Optional<Asset> findById(AssetId id);

    /** Stores a new asset and returns it with its assigned id. */
    Asset insert(Asset asset);

    /**
     * Stores the changed asset if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(Asset asset, Instant expectedVersion);
}
