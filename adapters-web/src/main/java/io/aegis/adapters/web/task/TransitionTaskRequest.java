package io.aegis.adapters.web.task;

/** The body of {@code POST /tasks/{id}/transitions}. */
public record TransitionTaskRequest(String to) {
}
