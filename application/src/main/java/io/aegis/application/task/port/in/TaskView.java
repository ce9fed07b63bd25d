package io.aegis.application.task.port.in;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskLinks;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task as clients see it: every seed column, and whether it is overdue (past its due date and neither done nor
 * cancelled) when it was read.
 */
public record TaskView(long id, String title, String description, String taskType, String priority, String status,
                       int progressPercentage, Long riskId, Long assessmentId, Long assetId, Long controlId,
                       Long assignedToId, Long createdById, Instant dueDate, Instant startDate, Instant completedDate,
                       Integer estimatedHours, Integer actualHours, List<String> tags, Map<String, Object> customFields,
                       boolean active, boolean overdue, Instant createdAt, Instant updatedAt) {

    /** {@code task} as clients see it, overdue as of {@code now}. */
    public static TaskView of(Task task, Instant now) {
        TaskDetails details = task.details();
        TaskLinks links = task.links();
        return new TaskView(task.id().orElseThrow().value(), details.title(), details.description(),
                details.taskType().key(), details.priority().key(), task.status().key(),
                task.progress().percentage(), links.riskId().map(RiskId::value).orElse(null),
                links.assessmentId().map(AssessmentId::value).orElse(null),
                links.assetId().map(AssetId::value).orElse(null), links.controlId().map(ControlId::value).orElse(null),
                task.assignee().map(UserId::value).orElse(null), task.createdBy().map(UserId::value).orElse(null),
                details.dueDate(), details.startDate(), task.completedDate().orElse(null), details.estimatedHours(),
                details.actualHours(), details.tags().values(), details.customFields().values(), task.active(),
                task.overdueAt(now), task.createdAt(), task.updatedAt());
    }

    /** What optimistic concurrency compares: the instant of the last change. */
    public Instant version() {
        return updatedAt;
    }
}
