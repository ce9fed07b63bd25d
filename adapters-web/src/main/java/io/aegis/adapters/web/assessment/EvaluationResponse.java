package io.aegis.adapters.web.assessment;

import io.aegis.application.assessment.port.in.EvaluationView;
import java.time.Instant;

/**
 * One control's evaluation: every seed column of assessment_controls, with the control's label ({@code control_label},
 * as {@code control_id} is the control's numeric id, as in the seed), title and parent.
 */
public record EvaluationResponse(long id, long assessmentId, long controlId, String controlLabel, String controlTitle,
                                 Long parentId, String implementationStatus, String effectivenessRating,
                                 Integer maturityLevel, String findings, String recommendations, String evidenceNotes,
                                 Long testedBy, Instant testedDate, String aiAssessment, Integer aiConfidenceScore,
                                 Instant createdAt, Instant updatedAt) {

    static EvaluationResponse of(EvaluationView view) {
        return new EvaluationResponse(view.id(), view.assessmentId(), view.controlId(), view.controlLabel(),
                view.controlTitle(), view.parentId(), view.implementationStatus(), view.effectivenessRating(),
                view.maturityLevel(), view.findings(), view.recommendations(), view.evidenceNotes(), view.testedBy(),
                view.testedDate(), view.aiAssessment(), view.aiConfidenceScore(), view.createdAt(), view.updatedAt());
    }
}
