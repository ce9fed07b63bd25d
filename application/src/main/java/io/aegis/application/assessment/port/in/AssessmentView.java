package io.aegis.application.assessment.port.in;

import java.time.Instant;

/**
 * An assessment as clients see it: every seed column, its baseline scope, and how many of its controls are evaluated.
 * The score and rating are those stored when it completed (null before).
 */
public record AssessmentView(long id, String name, String description, String assessmentType, Long frameworkId,
                             Long baselineId, Long assetId, String scope, String methodology, String status,
                             Instant startDate, Instant endDate, Instant dueDate, Long assessorInternal,
                             String assessorExternal, Double overallScore, String riskRating, String executiveSummary,
                             String recommendations, String aiGeneratedSummary, Integer aiConfidenceScore,
                             boolean active, long controlCount, long assessedCount, Long createdById,
                             Instant createdAt, Instant updatedAt) {

    /** What optimistic concurrency compares: the instant of the last change. */
    public Instant version() {
        return updatedAt;
    }
}
