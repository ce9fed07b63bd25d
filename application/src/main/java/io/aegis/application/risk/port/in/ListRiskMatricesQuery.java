package io.aegis.application.risk.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text            matches matrices whose name contains it, ignoring case
 * @param isDefault       true: the default matrix only; false: every other one; empty: both
 * @param includeInactive whether deactivated matrices are listed too
 * @param sort            applied in order; the id breaks remaining ties so pages are stable
 */
public record ListRiskMatricesQuery(Optional<String> text, Optional<Boolean> isDefault, boolean includeInactive,
                                    List<SortOrder<RiskMatrixSortField>> sort, PageRequest page) {

    public ListRiskMatricesQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(isDefault, "isDefault");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(RiskMatrixSortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListRiskMatricesQuery all() {
        return new ListRiskMatricesQuery(Optional.empty(), Optional.empty(), false, List.of(), PageRequest.first());
    }
}
