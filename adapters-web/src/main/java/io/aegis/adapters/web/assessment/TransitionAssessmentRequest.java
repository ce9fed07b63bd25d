package io.aegis.adapters.web.assessment;

/** The body of {@code POST /assessments/{id}/transitions}. */
public record TransitionAssessmentRequest(String to) {
}
