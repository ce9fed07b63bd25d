package io.aegis.adapters.web.task;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /tasks/{id}/comments}; a comment is internal unless it says otherwise (the seed's default). */
public record AddTaskCommentRequest(String comment, @JsonProperty("is_internal") Boolean internal) {
}
