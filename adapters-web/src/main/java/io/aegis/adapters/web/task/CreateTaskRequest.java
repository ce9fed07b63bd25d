package io.aegis.adapters.web.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /tasks}. */
public record CreateTaskRequest(String title, String description, String taskType, String priority, Long riskId,
                                Long assessmentId, Long assetId, Long controlId, Long assignedToId, Instant dueDate,
                                Instant startDate, Integer estimatedHours, Integer actualHours, List<String> tags,
                                Map<String, Object> customFields) {
}
