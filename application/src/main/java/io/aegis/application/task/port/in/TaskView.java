package io.aegis.application.task.port.in;

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

    /** What optimistic concurrency compares: the instant of the last change. */
    public Instant version() {
        return updatedAt;
    }
}
