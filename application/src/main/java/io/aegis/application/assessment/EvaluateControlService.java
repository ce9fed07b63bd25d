package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.EvaluateControlCommand;
import io.aegis.application.assessment.port.in.EvaluateControlUseCase;
import io.aegis.application.assessment.port.in.EvaluationView;
import io.aegis.application.assessment.port.out.AssessedControlRepository;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.AssessedControl;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import java.util.Objects;

/**
 * Records one control's evaluation in an assessment that accepts evaluations; the evaluation is versioned on its own
 * (If-Match on the evaluation, not on the assessment), so assessors of different controls never conflict.
 */
public record EvaluateControlService(UseCaseRunner run, AssessmentRepository assessments,
                                     AssessedControlRepository controls, AssessmentReferences references,
                                     AssessmentReadModel readModel) implements EvaluateControlUseCase {

    private static final String RESOURCE = AssessmentServiceSupport.EVALUATION;

    @Override
    public EvaluationView evaluate(Actor actor, EvaluateControlCommand command) {
        return run.change(actor, Permission.ASSESSMENT_WRITE, "assessment_control.evaluate", change -> {
            Assessment assessment = AssessmentServiceSupport.load(assessments, command.assessment());
            AssessedControl current = controls.find(command.assessment(), command.control()).orElseThrow(() ->
                    AssessmentServiceSupport.notAssessed(command.assessment(), command.control()));
            StaleVersionException.requireCurrent(command.expected(), current.version(), RESOURCE,
                    command.control());
            ControlEvaluation asked = command.evaluation();
            if (!Objects.equals(asked.testedBy(), current.evaluation().testedBy())) {
                AssessmentServiceSupport.requireUser(references, "tested_by", asked.testedBy());
            }
            ControlEvaluation evaluation = new ControlEvaluation(asked.status(), asked.effectiveness(),
                    asked.maturity(), asked.findings(), asked.recommendations(), asked.evidenceNotes(),
                    asked.testedBy() != null ? asked.testedBy() : actor.userId().map(UserId::new).orElse(null),
                    asked.testedAt() != null ? asked.testedAt() : change.now());
            EvaluationView before = AssessmentServiceSupport.evaluation(readModel, command.assessment(),
                    command.control());
            AssessedControl changed = current.evaluate(assessment, evaluation, change.now());
            StaleVersionException.requireWritten(controls.update(changed, current.version()), command.expected(),
                    RESOURCE, command.control());
            EvaluationView after = AssessmentServiceSupport.evaluation(readModel, command.assessment(),
                    command.control());
            change.audit(RESOURCE, after.id(), before, after);
            return after;
        });
    }
}
