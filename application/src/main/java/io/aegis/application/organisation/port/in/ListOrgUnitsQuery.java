package io.aegis.application.organisation.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.organisation.OrgUnitId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text            matches units whose name or description contains it, ignoring case
 * @param name            matches the name exactly, ignoring case
 * @param parent          matches the units directly under this one
 * @param includeInactive whether deactivated units are listed too
 * @param sort            applied in order; the id breaks remaining ties so pages are stable
 */
public record ListOrgUnitsQuery(Optional<String> text, Optional<String> name, Optional<OrgUnitId> parent,
                                boolean includeInactive, List<SortOrder<OrgUnitSortField>> sort,
                                PageRequest page) {

    public ListOrgUnitsQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(OrgUnitSortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListOrgUnitsQuery all() {
        return new ListOrgUnitsQuery(Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                PageRequest.first());
    }
}
