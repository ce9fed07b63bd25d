package io.aegis.adapters.persistence.task;

import static io.aegis.adapters.persistence.jooq.Tables.TASKS;

import io.aegis.adapters.persistence.JsonColumns;
import io.aegis.adapters.persistence.jooq.tables.records.TasksRecord;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLinks;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskProgress;
import io.aegis.domain.task.TaskStatus;
import io.aegis.domain.task.TaskType;
import java.util.function.Function;

/**
 * The one mapping between a {@code tasks} row and the domain's {@link Task}. The seed's
 * defaults stand in for what a row written by another tool leaves null (open, medium, 0 percent, active).
 */
final class TaskRows {

    private TaskRows() {
    }

    static Task toDomain(TasksRecord row) {
        TaskDetails details = new TaskDetails(row.getTitle(), row.getDescription(),
                TaskType.parse("task_type", row.getTaskType()),
                row.getPriority() == null ? TaskPriority.MEDIUM : TaskPriority.parse("priority", row.getPriority()),
                row.getDueDate(), row.getStartDate(), row.getEstimatedHours(), row.getActualHours(),
                JsonColumns.labels("tags", row.getTags()), JsonColumns.customFields("custom_fields",
                row.getCustomFields()));
        TaskLinks links = new TaskLinks(id(row.getRiskId(), RiskId::new), id(row.getAssessmentId(), AssessmentId::new),
                id(row.getAssetId(), AssetId::new), id(row.getControlId(), ControlId::new));
        return Task.restore(new TaskId(row.getId()), details, links,
                row.getStatus() == null ? TaskStatus.OPEN : TaskStatus.parse("status", row.getStatus()),
                row.getProgressPercentage() == null ? TaskProgress.NONE
                        : new TaskProgress(row.getProgressPercentage()),
                id(row.getAssignedToId(), UserId::new), row.getCompletedDate(),
                !Boolean.FALSE.equals(row.getIsActive()), id(row.getCreatedById(), UserId::new), row.getCreatedAt(),
                row.getUpdatedAt());
    }

    /** A row of every stored property of {@code task} (the id excepted). */
    static TasksRecord newRow(Task task) {
        TaskDetails details = task.details();
        TaskLinks links = task.links();
        return TASKS.newRecord()
                .setTitle(details.title())
                .setDescription(details.description())
                .setTaskType(details.taskType().key())
                .setPriority(details.priority().key())
                .setStatus(task.status().key())
                .setProgressPercentage(task.progress().percentage())
                .setRiskId(links.riskId().map(id -> column(id.value())).orElse(null))
                .setAssessmentId(links.assessmentId().map(id -> column(id.value())).orElse(null))
                .setAssetId(links.assetId().map(id -> column(id.value())).orElse(null))
                .setControlId(links.controlId().map(id -> column(id.value())).orElse(null))
                .setAssignedToId(task.assignee().map(id -> column(id.value())).orElse(null))
                .setCreatedById(task.createdBy().map(id -> column(id.value())).orElse(null))
                .setDueDate(details.dueDate())
                .setStartDate(details.startDate())
                .setCompletedDate(task.completedDate().orElse(null))
                .setEstimatedHours(details.estimatedHours())
                .setActualHours(details.actualHours())
                .setTags(details.tags().isEmpty() ? null : JsonColumns.write(details.tags()))
                .setCustomFields(details.customFields().isEmpty() ? null : JsonColumns.write(details.customFields()))
                .setIsActive(task.active())
                .setCreatedAt(task.createdAt())
                .setUpdatedAt(task.updatedAt());
    }

    private static Integer column(long id) {
        return Math.toIntExact(id);
    }

    private static <T> T id(Integer value, Function<Long, T> type) {
        return value == null ? null : type.apply(value.longValue());
    }
}
