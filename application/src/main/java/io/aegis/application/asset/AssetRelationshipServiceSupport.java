package io.aegis.application.asset;

import io.aegis.application.asset.port.out.AssetRelationshipRepository;
import io.aegis.application.asset.port.out.AssetRepository;
import io.aegis.application.port.Change;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetRelationshipEntry;
import io.aegis.domain.asset.AssetRelationshipId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.organisation.Scope;
import java.util.Optional;

/**
 * What the asset-relationship services share: the resource's name, and loading under the scope rule. A relationship
 * is visible when both its assets are (the reader's {@code asset:read} scope includes their units); it is changed
 * through its source, so a change needs {@code asset:write} in the source asset's unit, which its audit entry names.
 */
final class AssetRelationshipServiceSupport {

    static final String RESOURCE = "asset_relationship";

    private AssetRelationshipServiceSupport() {
    }

    /** A relationship and the unit of its source asset. */
    record Located(AssetRelationshipEntry entry, OrgUnitId sourceUnit) {
    }

    /** The relationship, if both its assets are within {@code visible}: else it is not found. */
    static Located loadVisible(AssetRelationshipRepository relationships, AssetRepository assets,
                               AssetRelationshipId id, Scope visible) {
        AssetRelationshipEntry entry = relationships.findById(id).orElseThrow(() -> notFound(id));
        OrgUnitId source = visibleUnit(assets, entry.edge().source(), visible).orElseThrow(() -> notFound(id));
        visibleUnit(assets, entry.edge().target(), visible).orElseThrow(() -> notFound(id));
        return new Located(entry, source);
    }

    /**
     * The relationship, if visible, and if the change may write in its source asset's unit: forbidden when the actor
     * may see it but not change it.
     */
    static Located loadWritable(AssetRelationshipRepository relationships, AssetRepository assets,
                                AssetRelationshipId id, Change change) {
        Scope visible = change.actor().scopeOf(Permission.ASSET_READ);
        Located found = loadVisible(relationships, assets, id, visible);
        change.requireWithin(found.sourceUnit(), Permission.ASSET_WRITE, visible, () -> notFound(id));
        return found;
    }

    private static Optional<OrgUnitId> visibleUnit(AssetRepository assets, AssetId id, Scope visible) {
        return assets.findById(id).map(Asset::unit).filter(visible::includes);
    }

    private static NotFoundException notFound(AssetRelationshipId id) {
        return new NotFoundException("asset relationship", id);
    }
}
