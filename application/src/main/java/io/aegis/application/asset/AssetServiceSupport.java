package io.aegis.application.asset;

import io.aegis.application.asset.port.in.AssetHasOpenRisksException;
import io.aegis.application.asset.port.in.OpenRisksView;
import io.aegis.application.asset.port.out.AssetCategoryRepository;
import io.aegis.application.asset.port.out.AssetReferences;
import io.aegis.application.asset.port.out.AssetReferences.Standing;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.asset.port.out.OpenRisksReadModel;
import io.aegis.application.port.Change;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetCategory;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.shared.RuleViolationException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the asset services share: the resource's name, loading, and the check of the owner and category an
 * asset names. A reference is checked when it is new (on create, or when a patch changes it): an unknown one is
 * {@code unknown_owner}/{@code unknown_category}, an inactive one {@code inactive_owner}/{@code inactive_category}.
 * An asset whose owner or category was deactivated later keeps it until someone changes it.
 */
final class AssetServiceSupport {

    static final String RESOURCE = "asset";

    private AssetServiceSupport() {
    }

    /** The asset, if {@code visible} (the reader's scope) includes its unit: one out of scope is not found. */
    static Asset loadVisible(AssetRepository assets, AssetId id, Scope visible) {
        return assets.findById(id).filter(asset -> visible.includes(asset.unit()))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * The asset, if the change may write in its unit: one the actor cannot see is not found, one it may see but not
     * change is forbidden.
     */
    static Asset loadWritable(AssetRepository assets, AssetId id, Change change) {
        Asset asset = assets.findById(id).orElseThrow(() -> notFound(id));
        change.requireWithin(asset.unit(), Permission.ASSET_WRITE, change.actor().scopeOf(Permission.ASSET_READ),
                () -> notFound(id));
        return asset;
    }

    /**
     * An asset is deactivated only once no open risk sits on it; the refusal names the risks the actor may read.
     *
     * @throws AssetHasOpenRisksException when some do
     */
    static void requireNoOpenRisks(OpenRisksReadModel openRisks, AssetId id, Change change) {
        OpenRisksView risks = openRisks.onAsset(id, change.actor().scopeOf(Permission.RISK_READ),
                AssetHasOpenRisksException.NAMED);
        if (!risks.none()) {
            throw new AssetHasOpenRisksException(id, risks);
        }
    }

    static NotFoundException notFound(AssetId id) {
        return new NotFoundException("asset", id);
    }

    /** @param before the profile as stored, empty for a new asset */
    static void requireReferences(AssetReferences references, AssetCategoryRepository categories,
                                  Optional<AssetProfile> before, AssetProfile after) {
        requireReferences(references::user, categories::findById, before, after);
    }

    /** The same with lookups of the caller's choosing, such as an import's memo of the ids it has seen. */
    static void requireReferences(Function<UserId, Standing> users,
                                  Function<AssetCategoryId, Optional<AssetCategory>> categories,
                                  Optional<AssetProfile> before, AssetProfile after) {
        UserId owner = after.ownerId();
        if (owner != null && !before.map(b -> Objects.equals(b.ownerId(), owner)).orElse(false)) {
            requireOwner(users.apply(owner), owner);
        }
        AssetCategoryId category = after.categoryId();
        if (category != null && !before.map(b -> Objects.equals(b.categoryId(), category)).orElse(false)) {
            requireCategory(categories.apply(category), category);
        }
    }

    private static void requireOwner(Standing user, UserId id) {
        switch (user) {
            case UNKNOWN -> throw new RuleViolationException("unknown_owner", "owner_id " + id + " names no user");
            case INACTIVE -> throw new RuleViolationException("inactive_owner",
                    "owner_id " + id + " names a disabled user");
            case ACTIVE -> { }
        }
    }

    private static void requireCategory(Optional<AssetCategory> category, AssetCategoryId id) {
        if (category.isEmpty()) {
            throw new RuleViolationException("unknown_category", "category_id " + id + " names no asset category");
        }
        if (!category.get().active()) {
            throw new RuleViolationException("inactive_category",
                    "category_id " + id + " names an inactive asset category");
        }
    }
}
