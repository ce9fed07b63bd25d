package io.aegis.adapters.web.assessment;

import java.time.Instant;

/** The body of {@code PUT /assessments/{id}/controls/{control_id}}: the whole evaluation, an absent field is null. */
public record EvaluateControlRequest(String implementationStatus, String effectivenessRating, Integer maturityLevel,
                                     String findings, String recommendations, String evidenceNotes, Long testedBy,
                                     Instant testedDate) {
}
