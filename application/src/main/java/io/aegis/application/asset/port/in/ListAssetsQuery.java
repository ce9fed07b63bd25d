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

/**
 * @param text            matches assets whose name, hostname or IP address contains it, ignoring case
 * @param name            matches the name exactly, ignoring case
 * @param createdFrom     created at or after this instant
 * @param createdTo       created before this instant
 * @param orgUnit         of this organisational unit (within the reader's scope: another unit's assets match none)
 * @param includeInactive whether deactivated (soft-deleted) assets are listed too
 * @param sort            applied in order; the id breaks remaining ties so pages are stable
 */
public record ListAssetsQuery(Optional<String> text, Optional<String> name, Optional<AssetType> type,
                              Optional<Criticality> criticality, Optional<AssetCategoryId> categoryId,
                              Optional<UserId> ownerId, Optional<AssetStatus> status, Optional<UserId> createdBy,
                              Optional<Instant> createdFrom, Optional<Instant> createdTo,
                              Optional<OrgUnitId> orgUnit, boolean includeInactive,
                              List<SortOrder<AssetSortField>> sort, PageRequest page) {

    public ListAssetsQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
        Objects.requireNonNull(orgUnit, "orgUnit");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(AssetSortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListAssetsQuery all() {
        return new ListAssetsQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, List.of(), PageRequest.first());
    }

    /** The same filters and order, another page. */
    public ListAssetsQuery withPage(PageRequest other) {
        return new ListAssetsQuery(text, name, type, criticality, categoryId, ownerId, status, createdBy,
                createdFrom, createdTo, orgUnit, includeInactive, sort, other);
    }
}
