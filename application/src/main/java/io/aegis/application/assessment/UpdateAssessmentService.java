package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.UpdateAssessmentCommand;
import io.aegis.application.assessment.port.in.UpdateAssessmentUseCase;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentDetails;
import io.aegis.domain.identity.Permission;
import java.util.Objects;

public record UpdateAssessmentService(UseCaseRunner run, AssessmentRepository assessments,
                                      AssessmentReferences references, AssessmentReadModel readModel)
        implements UpdateAssessmentUseCase {

    @Override
    public AssessmentView update(Actor actor, UpdateAssessmentCommand command) {
        return run.change(actor, Permission.ASSESSMENT_WRITE, "assessment.update", change -> {
            Assessment current = AssessmentServiceSupport.load(assessments, command.id());
            StaleVersionException.requireCurrent(command.expected(), current.version(),
                    AssessmentServiceSupport.RESOURCE, command.id());
            AssessmentDetails details = command.detailsAfter(current.details());
            if (!Objects.equals(details.assessorInternal(), current.details().assessorInternal())) {
                AssessmentServiceSupport.requireUser(references, "assessor_internal", details.assessorInternal());
            }
            AssessmentView before = AssessmentServiceSupport.view(readModel, command.id());
            Assessment changed = current.revise(command.nameAfter(current.name()), details, change.now());
            StaleVersionException.requireWritten(assessments.update(changed, current.version()), command.expected(),
                    AssessmentServiceSupport.RESOURCE, command.id());
            AssessmentView after = AssessmentServiceSupport.view(readModel, command.id());
            change.audit(AssessmentServiceSupport.RESOURCE, after.id(), before, after);
            return after;
        });
    }
}
