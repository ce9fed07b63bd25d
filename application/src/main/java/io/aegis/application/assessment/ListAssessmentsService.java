package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListAssessmentsUseCase;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListAssessmentsService(UseCaseRunner run, AssessmentReadModel readModel)
        implements ListAssessmentsUseCase {

    @Override
    public Page<AssessmentView> list(Actor actor, ListAssessmentsQuery query) {
        // assessments are organisation-wide, as the frameworks they assess: reading them in a unit reads them all
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "assessment.list");
        return readModel.list(query);
    }
}
