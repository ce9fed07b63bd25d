package io.aegis.application.framework.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.framework.MappingRelationship;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Mappings as stored (each in its recorded direction).
 *
 * @param sourceFramework only mappings whose source control is of this framework
 * @param targetFramework only mappings whose target control is of this framework
 * @param control         only mappings with this control at either end
 * @param types           only these relationships; every one when empty
 * @param sort            applied in order (by id by default); the id breaks remaining ties
 */
public record ListControlMappingsQuery(Optional<FrameworkId> sourceFramework, Optional<FrameworkId> targetFramework,
                                       Optional<ControlId> control, Set<MappingRelationship> types,
                                       List<SortOrder<ControlMappingSortField>> sort, PageRequest page) {

    public ListControlMappingsQuery {
        Objects.requireNonNull(sourceFramework, "sourceFramework");
        Objects.requireNonNull(targetFramework, "targetFramework");
        Objects.requireNonNull(control, "control");
        types = Set.copyOf(types);
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(ControlMappingSortField.ID)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    public static ListControlMappingsQuery all() {
        return new ListControlMappingsQuery(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), List.of(),
                PageRequest.first());
    }
}
