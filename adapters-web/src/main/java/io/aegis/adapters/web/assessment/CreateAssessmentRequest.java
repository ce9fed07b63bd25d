package io.aegis.adapters.web.assessment;

import java.time.Instant;

/** The body of {@code POST /assessments}. */
public record CreateAssessmentRequest(String name, String description, String assessmentType, Long frameworkId,
                                      Long baselineId, Long assetId, String scope, String methodology,
                                      Instant startDate, Instant endDate, Instant dueDate, Long assessorInternal,
                                      String assessorExternal, String executiveSummary, String recommendations) {
}
