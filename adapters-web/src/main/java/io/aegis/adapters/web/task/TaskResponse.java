package io.aegis.adapters.web.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.task.port.in.TaskView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A task: every seed column, and whether it is overdue. */
public record TaskResponse(long id, String title, String description, String taskType, String priority, String status,
                           int progressPercentage, Long riskId, Long assessmentId, Long assetId, Long controlId,
                           Long assignedToId, Long createdById, Instant dueDate, Instant startDate,
                           Instant completedDate, Integer estimatedHours, Integer actualHours, List<String> tags,
                           Map<String, Object> customFields, @JsonProperty("is_active") boolean active,
                           @JsonProperty("is_overdue") boolean overdue, Instant createdAt, Instant updatedAt) {

    static TaskResponse of(TaskView view) {
        return new TaskResponse(view.id(), view.title(), view.description(), view.taskType(), view.priority(),
                view.status(), view.progressPercentage(), view.riskId(), view.assessmentId(), view.assetId(),
                view.controlId(), view.assignedToId(), view.createdById(), view.dueDate(), view.startDate(),
                view.completedDate(), view.estimatedHours(), view.actualHours(), view.tags(), view.customFields(),
                view.active(), view.overdue(), view.createdAt(), view.updatedAt());
    }
}
