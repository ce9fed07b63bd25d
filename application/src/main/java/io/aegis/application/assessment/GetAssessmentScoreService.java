package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentScoreView;
import io.aegis.application.assessment.port.in.GetAssessmentScoreUseCase;
import io.aegis.application.assessment.port.out.AssessedControlRepository;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentOutcome;
import io.aegis.domain.assessment.AssessmentRiskRating;
import io.aegis.domain.assessment.AssessmentScoring;
import io.aegis.domain.identity.Permission;

/** The score an assessment's evaluations give now, explained, beside the one it stored on completion. */
public record GetAssessmentScoreService(UseCaseRunner run, AssessmentRepository assessments,
                                        AssessedControlRepository controls) implements GetAssessmentScoreUseCase {

    @Override
    public AssessmentScoreView score(Actor actor, AssessmentId id) {
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "assessment.score");
        Assessment assessment = AssessmentServiceSupport.load(assessments, id);
        return new AssessmentScoreView(id.value(), assessment.status(), AssessmentScoring.score(controls.tallies(id)),
                assessment.outcome().map(outcome -> outcome.overallScore().doubleValue()),
                assessment.outcome().map(AssessmentOutcome::riskRating).map(AssessmentRiskRating::key));
    }
}
