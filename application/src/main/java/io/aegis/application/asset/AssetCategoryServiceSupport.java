package io.aegis.application.asset;

import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetCategoryName;
import java.util.Optional;

/** What the asset-category services share: the resource's name, loading, and the uniqueness check. */
final class AssetCategoryServiceSupport {

    static final String RESOURCE = "asset_category";

    private AssetCategoryServiceSupport() {
    }

    static AssetCategory load(AssetCategoryRepository categories, AssetCategoryId id) {
        return categories.findById(id).orElseThrow(() -> new NotFoundException("asset category", id));
    }

    static void requireFree(AssetCategoryRepository categories, AssetCategoryName name,
                            Optional<AssetCategoryId> except) {
        if (categories.nameTaken(name, except)) {
            throw new ConflictException("duplicate_name",
                    "an asset category named '" + name.value() + "' already exists (names ignore case;"
                            + " it may be inactive)");
        }
    }
}
