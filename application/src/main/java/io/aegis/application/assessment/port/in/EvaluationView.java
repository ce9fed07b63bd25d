package io.aegis.application.assessment.port.in;

import java.time.Instant;

/**
 * One control's evaluation in an assessment: every seed column of assessment_controls, with the control's label,
 * title and parent beside its id.
 */
public record EvaluationView(long id, long assessmentId, long controlId, String controlLabel, String controlTitle,
                             Long parentId, String implementationStatus, String effectivenessRating,
                             Integer maturityLevel, String findings, String recommendations, String evidenceNotes,
                             Long testedBy, Instant testedDate, String aiAssessment, Integer aiConfidenceScore,
                             Instant createdAt, Instant updatedAt) {

    /** What optimistic concurrency compares: the instant of the last change. */
    public Instant version() {
        return updatedAt;
    }
}
