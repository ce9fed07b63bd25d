package io.aegis.adapters.web.evidence;

import io.aegis.application.evidence.port.in.TaskLinkView;
import java.time.Instant;

public record TaskLinkResponse(long taskId, String taskTitle, long evidenceId, String evidenceTitle,
                               String relationshipType, String notes, Instant createdAt) {

    static TaskLinkResponse of(TaskLinkView link) {
        return new TaskLinkResponse(link.task(), link.taskTitle(), link.evidence().value(), link.evidenceTitle(),
                link.relationshipType().orElse(null), link.notes().orElse(null), link.createdAt());
    }
}
