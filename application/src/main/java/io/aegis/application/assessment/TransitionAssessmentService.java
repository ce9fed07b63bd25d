package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.TransitionAssessmentCommand;
import io.aegis.application.assessment.port.in.TransitionAssessmentUseCase;
import io.aegis.application.assessment.port.out.AssessedControlRepository;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentScoring;
import io.aegis.domain.identity.Permission;

/** Moves an assessment through its workflow; completing it stores the score its evaluations then give. */
public record TransitionAssessmentService(UseCaseRunner run, AssessmentRepository assessments,
                                          AssessedControlRepository controls, AssessmentReadModel readModel)
        implements TransitionAssessmentUseCase {

    @Override
    public AssessmentView transition(Actor actor, TransitionAssessmentCommand command) {
        return run.change(actor, Permission.ASSESSMENT_WRITE, "assessment.transition", change -> {
            Assessment current = AssessmentServiceSupport.load(assessments, command.id());
            StaleVersionException.requireCurrent(command.expected(), current.version(),
                    AssessmentServiceSupport.RESOURCE, command.id());
            AssessmentView before = AssessmentServiceSupport.view(readModel, command.id());
            Assessment moved = current.transitionTo(command.to(),
                    AssessmentScoring.score(controls.tallies(command.id())), change.now());
            StaleVersionException.requireWritten(assessments.update(moved, current.version()), command.expected(),
                    AssessmentServiceSupport.RESOURCE, command.id());
            AssessmentView after = AssessmentServiceSupport.view(readModel, command.id());
            change.audit(AssessmentServiceSupport.RESOURCE, after.id(), before, after);
            return after;
        });
    }
}
