package io.aegis.application.framework.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One framework's controls, flat.
 *
 * @param text        matches controls whose control id or title contains it, ignoring case
 * @param controlType matches the catalog's class of the entry exactly, ignoring case ({@code subcategory})
 * @param group       only groups (true) or only controls (false)
 * @param active      only active (true) or only withdrawn (false) controls; both when empty
 * @param parent      only the controls directly under this one
 * @param baseline    only the controls this baseline of the framework selects
 * @param sort        applied in order (the catalog's by default); the id breaks remaining ties
 */
public record ListControlsQuery(FrameworkId framework, Optional<String> text, Optional<String> controlType,
                                Optional<Boolean> group, Optional<Boolean> active, Optional<ControlId> parent,
                                Optional<BaselineId> baseline, List<SortOrder<ControlSortField>> sort,
                                PageRequest page) {

    public ListControlsQuery {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(controlType, "controlType");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(baseline, "baseline");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(ControlSortField.POSITION)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListControlsQuery of(FrameworkId framework) {
        return new ListControlsQuery(framework, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), PageRequest.first());
    }
}
