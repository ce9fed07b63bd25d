package io.aegis.application.audit.port.in;

import io.aegis.application.port.AuditEntry.Outcome;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every filter matches exactly; absent filters match everything, and a list matches rows having any of its values.
 * The rows are those of the reader's scope only, whatever the filters say.
 *
 * @param actions   rows of any of these actions
 * @param outcomes  rows of any of these outcomes
 * @param orgUnitId rows about resources of this unit (not of the units below it)
 * @param from      rows created at or after this instant
 * @param to        rows created before this instant
 * @param sort      applied in order, the id breaking remaining ties; newest first when empty
 */
public record ListAuditLogsQuery(Optional<Long> userId, List<String> actions, Set<Outcome> outcomes,
                                 Optional<String> resourceType,
                                 Optional<Long> resourceId, Optional<OrgUnitId> orgUnitId, Optional<Instant> from,
                                 Optional<Instant> to, List<SortOrder<AuditLogSortField>> sort, PageRequest page) {

    public ListAuditLogsQuery {
        Objects.requireNonNull(userId, "userId");
        actions = List.copyOf(actions);
        outcomes = Set.copyOf(outcomes);
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(orgUnitId, "orgUnitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(page, "page");
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new InvalidValueException("to", "must be later than from");
        }
        sort = sort.isEmpty() ? List.of(new SortOrder<>(AuditLogSortField.ID, true)) : List.copyOf(sort);
    }

    public static ListAuditLogsQuery all() {
        return new ListAuditLogsQuery(Optional.empty(), List.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), PageRequest.first());
    }
}
