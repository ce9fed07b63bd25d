package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;

/** What the assessment services share: the resources' names, loading with its 404, and the checks of references. */
final class AssessmentServiceSupport {

    static final String RESOURCE = "assessment";
    static final String EVALUATION = "assessment_control";

    private AssessmentServiceSupport() {
    }

    static Assessment load(AssessmentRepository assessments, AssessmentId id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    static AssessmentView view(AssessmentReadModel readModel, AssessmentId id) {
        return readModel.find(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    static EvaluationView evaluation(AssessmentReadModel readModel, AssessmentId assessment, ControlId control) {
        return readModel.evaluation(assessment, control).orElseThrow(() -> notAssessed(assessment, control));
    }

    static NotFoundException notAssessed(AssessmentId assessment, ControlId control) {
        return new NotFoundException(EVALUATION, assessment + "/" + control);
    }

    /** @throws RuleViolationException ({@code unknown_user}) when {@code user} names no active user */
    static void requireUser(AssessmentReferences references, String field, UserId user) {
        if (user != null && !references.activeUser(user)) {
            throw new RuleViolationException("unknown_user", field + " " + user + " names no active user");
        }
    }
}
