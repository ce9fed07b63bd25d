package io.aegis.application.task.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * @param text     matches tasks whose title contains it, ignoring case
 * @param statuses the tasks in any of them; every status when empty
 * @param overdue  only tasks past their due date and neither done nor cancelled
 * @param sort     applied in order (the soonest due first by default); the id breaks remaining ties
 */
public record ListTasksQuery(Optional<String> text, Set<TaskStatus> statuses, Optional<TaskPriority> priority,
                             Optional<UserId> assignee, boolean overdue, Optional<RiskId> risk,
                             Optional<AssetId> asset, Optional<AssessmentId> assessment, Optional<ControlId> control,
                             boolean includeInactive, List<SortOrder<TaskSortField>> sort, PageRequest page) {

    public static final int MAX_TEXT_LENGTH = 200;

    public ListTasksQuery {
        Objects.requireNonNull(text, "text");
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(control, "control");
        sort = sort.isEmpty() ? List.of(new SortOrder<>(TaskSortField.DUE_DATE, false)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }
}
