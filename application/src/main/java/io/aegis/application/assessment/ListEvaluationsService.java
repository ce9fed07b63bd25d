package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsUseCase;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListEvaluationsService(UseCaseRunner run, AssessmentReadModel readModel)
        implements ListEvaluationsUseCase {

    @Override
    public Page<EvaluationView> list(Actor actor, ListEvaluationsQuery query) {
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "assessment_control.list");
        // an unknown assessment is a 404, not an empty page
        AssessmentServiceSupport.view(readModel, query.assessment());
        return readModel.evaluations(query);
    }
}
