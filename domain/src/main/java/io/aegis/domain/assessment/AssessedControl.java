package io.aegis.domain.assessment;

import io.aegis.domain.framework.ControlId;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;

/**
 * One control of an assessment with its evaluation (a row of assessment_controls). Versioned on its own, so that two
 * assessors evaluating different controls of one assessment never conflict.
 */
public record AssessedControl(AssessmentId assessment, ControlId control, ControlEvaluation evaluation,
                              AiSummary aiAssessment, Revision revision) implements Versioned {

    public AssessedControl {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(aiAssessment, "aiAssessment");
        Objects.requireNonNull(revision, "revision");
    }

    /**
     * The control evaluated anew in {@code of}, which must accept evaluations.
     *
     * @throws io.aegis.domain.shared.RuleViolationException ({@code evaluations_closed}) otherwise
     */
    public AssessedControl evaluate(Assessment of, ControlEvaluation newEvaluation, Instant now) {
        of.requireEvaluable();
        return new AssessedControl(assessment, control, newEvaluation, aiAssessment, revision.next(now));
    }
}
