package io.aegis.application.asset.port.out;

import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AssetRepository {

    Optional<Asset> findById(AssetId id);

    /** Those of {@code ids} that exist, active or not, in one read however many an import names. */
    List<Asset> findByIds(Collection<AssetId> ids);

    /** Every asset, active or not, of one of these names (exactly: names are stored normalised), in one read. */
    List<Asset> findByNames(Collection<AssetName> names);

    /** Stores a new asset and returns it with its assigned id. */
    Asset insert(Asset asset);

    /**
     * Stores new assets, no two of the same name and asset type (as an import creates them), in as few statements
     * as the store allows.
     *
     * @return them with their assigned ids, in their order
     * @throws IllegalArgumentException when two share a name and an asset type
     */
    List<Asset> insertAll(List<Asset> assets);

    /**
     * Stores the changed asset if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(Asset asset, Instant expectedVersion);

    /**
     * Stores each changed asset if its stored one still has the version at the same place in
     * {@code expectedVersions}, as one batch of statements.
     *
     * @return false when some stored version differs: the caller's transaction must then be undone whole
     */
    boolean updateAll(List<Asset> assets, List<Instant> expectedVersions);
}
