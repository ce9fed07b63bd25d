package io.aegis.application.asset.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.asset.AssetCategoryId;
import io.aegis.domain.asset.AssetStatus;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * @param text            matches assets whose name, hostname or IP address contains it, ignoring case
 * @param name            matches the name exactly, ignoring case
 * @param types           (likewise {@code criticalities}, {@code statuses}) any of these; any when empty
 * @param createdFrom     created at or after this instant
 * @param createdTo       created before this instant
 * @param orgUnit         of this organisational unit (within the reader's scope: another unit's assets match none)
 * @param includeInactive whether deactivated (soft-deleted) assets are listed too
 * @param sort            applied in order; the id breaks remaining ties so pages are stable
 */
public record ListAssetsQuery(Optional<String> text, Optional<String> name, Set<AssetType> types,
                              Set<Criticality> criticalities, Optional<AssetCategoryId> categoryId,
                              Optional<UserId> ownerId, Set<AssetStatus> statuses, Optional<UserId> createdBy,
                              Optional<Instant> createdFrom, Optional<Instant> createdTo,
                              Optional<OrgUnitId> orgUnit, boolean includeInactive,
                              List<SortOrder<AssetSortField>> sort, PageRequest page) {

    public ListAssetsQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        types = Set.copyOf(types);
        criticalities = Set.copyOf(criticalities);
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(ownerId, "ownerId");
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
        Objects.requireNonNull(orgUnit, "orgUnit");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(AssetSortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListAssetsQuery all() {
        return new ListAssetsQuery(Optional.empty(), Optional.empty(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, List.of(), PageRequest.first());
    }

    /** The same filters and order, another page. */
    public ListAssetsQuery withPage(PageRequest other) {
        return new ListAssetsQuery(text, name, types, criticalities, categoryId, ownerId, statuses, createdBy,
                createdFrom, createdTo, orgUnit, includeInactive, sort, other);
    }
}
