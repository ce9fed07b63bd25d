package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.GetAssessmentUseCase;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.identity.Permission;

public record GetAssessmentService(UseCaseRunner run, AssessmentReadModel readModel) implements GetAssessmentUseCase {

    @Override
    public AssessmentView get(Actor actor, AssessmentId id) {
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "assessment.read");
        return AssessmentServiceSupport.view(readModel, id);
    }
}
