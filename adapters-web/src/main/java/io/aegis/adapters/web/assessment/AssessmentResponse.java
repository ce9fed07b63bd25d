package io.aegis.adapters.web.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.assessment.port.in.AssessmentView;
import java.time.Instant;

/** An assessment: every seed column, its baseline, and how many of its controls there are and are assessed. */
public record AssessmentResponse(long id, String name, String description, String assessmentType, Long frameworkId,
                                 Long baselineId, Long assetId, String scope, String methodology, String status,
                                 Instant startDate, Instant endDate, Instant dueDate, Long assessorInternal,
                                 String assessorExternal, Double overallScore, String riskRating,
                                 String executiveSummary, String recommendations, String aiGeneratedSummary,
                                 Integer aiConfidenceScore, @JsonProperty("is_active") boolean active,
                                 long controlCount, long assessedCount, Long createdById, Instant createdAt,
                                 Instant updatedAt) {

    static AssessmentResponse of(AssessmentView view) {
        return new AssessmentResponse(view.id(), view.name(), view.description(), view.assessmentType(),
                view.frameworkId(), view.baselineId(), view.assetId(), view.scope(), view.methodology(), view.status(),
                view.startDate(), view.endDate(), view.dueDate(), view.assessorInternal(), view.assessorExternal(),
                view.overallScore(), view.riskRating(), view.executiveSummary(), view.recommendations(),
                view.aiGeneratedSummary(), view.aiConfidenceScore(), view.active(), view.controlCount(),
                view.assessedCount(), view.createdById(), view.createdAt(), view.updatedAt());
    }
}
