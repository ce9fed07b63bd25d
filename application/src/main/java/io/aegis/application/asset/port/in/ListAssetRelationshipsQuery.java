package io.aegis.application.asset.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.RelationshipType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * @param asset     lists the relationships of this asset only, in {@code direction}
 * @param source    matches relationships from this asset
 * @param target    matches relationships to this asset
 * @param types     matches relationships of any of these types; any type when empty
 * @param critical  matches on the critical-dependency flag
 * @param sort      applied in order; the id breaks remaining ties so pages are stable
 */
public record ListAssetRelationshipsQuery(Optional<AssetId> asset, RelationshipDirection direction,
                                          Optional<AssetId> source, Optional<AssetId> target,
                                          Set<RelationshipType> types, Optional<Boolean> critical,
                                          List<SortOrder<AssetRelationshipSortField>> sort, PageRequest page) {

    public ListAssetRelationshipsQuery {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        types = Set.copyOf(types);
        Objects.requireNonNull(critical, "critical");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(AssetRelationshipSortField.ID)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    /** The same filters and order, another page. */
    public ListAssetRelationshipsQuery withPage(PageRequest other) {
        return new ListAssetRelationshipsQuery(asset, direction, source, target, types, critical, sort, other);
    }

    public static ListAssetRelationshipsQuery all() {
        return new ListAssetRelationshipsQuery(Optional.empty(), RelationshipDirection.BOTH, Optional.empty(),
                Optional.empty(), Set.of(), Optional.empty(), List.of(), PageRequest.first());
    }
}
