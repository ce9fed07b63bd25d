package io.aegis.application.assessment.port.out;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.in.ListAssessmentsQuery;
import io.aegis.application.assessment.port.in.ListEvaluationsQuery;
import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.framework.ControlId;
import java.util.Optional;

/** Assessments and their evaluations, straight from storage. */
@OrganisationWide("assessments belong to no unit: they assess frameworks, which the whole organisation shares")
public interface AssessmentReadModel {

    Page<AssessmentView> list(ListAssessmentsQuery query);

    Optional<AssessmentView> find(AssessmentId id);

    Page<EvaluationView> evaluations(ListEvaluationsQuery query);

    Optional<EvaluationView> evaluation(AssessmentId assessment, ControlId control);
}
