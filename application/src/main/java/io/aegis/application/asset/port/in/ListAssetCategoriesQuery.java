package io.aegis.application.asset.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.shared.HexColor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text            matches categories whose name or description contains it, ignoring case
 * @param name            matches the name exactly, ignoring case
 * @param includeInactive whether deactivated categories are listed too
 * @param sort            applied in order; the id breaks remaining ties so pages are stable
 */
public record ListAssetCategoriesQuery(Optional<String> text, Optional<String> name, Optional<HexColor> color,
                                       boolean includeInactive, List<SortOrder<AssetCategorySortField>> sort,
                                       PageRequest page) {

    public static final int MAX_TEXT_LENGTH = 200;

    public ListAssetCategoriesQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(AssetCategorySortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListAssetCategoriesQuery all() {
        return new ListAssetCategoriesQuery(Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                PageRequest.first());
    }
}
