package io.aegis.application.risk.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import java.util.List;
import java.util.Objects;

/** @param sort applied in order; the id breaks remaining ties so pages are stable. Default: newest first. */
public record ListRisksQuery(RiskFilter filter, List<SortOrder<RiskSortField>> sort, PageRequest page) {

    public ListRisksQuery {
        Objects.requireNonNull(filter, "filter");
        sort = sort.isEmpty() ? List.of(new SortOrder<>(RiskSortField.CREATED_AT, true)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    /** The same order and page over {@code other} risks. */
    public ListRisksQuery withFilter(RiskFilter other) {
        return new ListRisksQuery(other, sort, page);
    }

    /** The same filter and order, another page. */
    public ListRisksQuery withPage(PageRequest other) {
        return new ListRisksQuery(filter, sort, other);
    }

    public static ListRisksQuery all() {
        return new ListRisksQuery(RiskFilter.active(), List.of(), PageRequest.first());
    }
}
