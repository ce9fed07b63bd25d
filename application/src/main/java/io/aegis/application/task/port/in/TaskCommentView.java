package io.aegis.application.task.port.in;

import java.time.Instant;

/** A comment on a task, or the record of a change of its status or assignee ({@code comment_type status_change}). */
public record TaskCommentView(long id, long taskId, String comment, String commentType, boolean internal,
                              long createdBy, Instant createdAt) {
}
