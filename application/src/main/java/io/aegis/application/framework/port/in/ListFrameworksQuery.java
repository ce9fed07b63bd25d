package io.aegis.application.framework.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text            matches frameworks whose name or description contains it, ignoring case
 * @param frameworkType   matches the framework type exactly, ignoring case
 * @param organization    matches the publisher exactly, ignoring case
 * @param includeInactive whether inactive frameworks are listed too
 * @param sort            applied in order; the id breaks remaining ties so pages are stable
 */
public record ListFrameworksQuery(Optional<String> text, Optional<String> frameworkType, Optional<String> organization,
                                  boolean includeInactive, List<SortOrder<FrameworkSortField>> sort,
                                  PageRequest page) {

    public ListFrameworksQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(frameworkType, "frameworkType");
        Objects.requireNonNull(organization, "organization");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(FrameworkSortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListFrameworksQuery all() {
        return new ListFrameworksQuery(Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(),
                PageRequest.first());
    }
}
