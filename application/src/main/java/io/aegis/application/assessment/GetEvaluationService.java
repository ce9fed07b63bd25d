package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.GetEvaluationUseCase;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;

public record GetEvaluationService(UseCaseRunner run, AssessmentReadModel readModel) implements GetEvaluationUseCase {

    @Override
    public EvaluationView get(Actor actor, AssessmentId assessment, ControlId control) {
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "assessment_control.read");
        return AssessmentServiceSupport.evaluation(readModel, assessment, control);
    }
}
