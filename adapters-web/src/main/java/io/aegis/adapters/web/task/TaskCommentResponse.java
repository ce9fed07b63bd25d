package io.aegis.adapters.web.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.task.port.in.TaskCommentView;
import java.time.Instant;

public record TaskCommentResponse(long id, long taskId, String comment, String commentType,
                                  @JsonProperty("is_internal") boolean internal, long createdBy, Instant createdAt) {

    static TaskCommentResponse of(TaskCommentView view) {
        return new TaskCommentResponse(view.id(), view.taskId(), view.comment(), view.commentType(), view.internal(),
                view.createdBy(), view.createdAt());
    }
}
