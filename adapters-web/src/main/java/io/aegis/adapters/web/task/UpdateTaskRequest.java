package io.aegis.adapters.web.task;

import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The body of {@code PATCH /tasks/{id}}: the fields sent change, null clears; the status changes by transitions. */
public record UpdateTaskRequest(@NotClearable Patch<String> title, Patch<String> description,
                                @NotClearable Patch<String> taskType, @NotClearable Patch<String> priority,
                                @NotClearable Patch<Integer> progressPercentage, Patch<Long> riskId,
                                Patch<Long> assessmentId, Patch<Long> assetId, Patch<Long> controlId,
                                Patch<Long> assignedToId, Patch<Instant> dueDate, Patch<Instant> startDate,
                                Patch<Integer> estimatedHours, Patch<Integer> actualHours, Patch<List<String>> tags,
                                Patch<Map<String, Object>> customFields) {
}
