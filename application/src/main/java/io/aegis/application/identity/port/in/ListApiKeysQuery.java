package io.aegis.application.identity.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import java.util.List;
import java.util.Objects;

/** @param sort empty for newest first */
public record ListApiKeysQuery(List<SortOrder<ApiKeySortField>> sort, PageRequest page) {

    public ListApiKeysQuery {
        sort = sort.isEmpty() ? List.of(new SortOrder<>(ApiKeySortField.CREATED_AT, true)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }
}
