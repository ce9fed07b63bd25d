package io.aegis.adapters.web.assessment;

import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;
import java.time.Instant;

/** The body of {@code PATCH /assessments/{id}}: the descriptive fields sent change, null clears. */
public record UpdateAssessmentRequest(@NotClearable Patch<String> name, Patch<String> description,
                                      @NotClearable Patch<String> assessmentType, Patch<String> scope,
                                      Patch<String> methodology, Patch<Instant> startDate, Patch<Instant> endDate,
                                      Patch<Instant> dueDate, Patch<Long> assessorInternal,
                                      Patch<String> assessorExternal, Patch<String> executiveSummary,
                                      Patch<String> recommendations) {
}
