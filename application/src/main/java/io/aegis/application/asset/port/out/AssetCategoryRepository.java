package io.aegis.application.asset.port.out;

import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AssetCategoryRepository {

    Optional<AssetCategory> findById(AssetCategoryId id);

    /** The categories, active or not, of these names ignoring case (by {@link AssetCategoryName#key()}), in one read. */
    List<AssetCategory> findByNames(Collection<AssetCategoryName> names);

    /** Whether another category (active or not, other than {@code except}) has this name, ignoring case. */
    boolean nameTaken(AssetCategoryName name, Optional<AssetCategoryId> except);

    /** Stores a new category and returns it with its assigned id. */
    AssetCategory insert(AssetCategory category);

    /**
     * Stores the changed category if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(AssetCategory category, Instant expectedVersion);
}
