package io.aegis.application.assessment;

import io.aegis.application.assessment.port.in.AssessmentView;
import io.aegis.application.assessment.port.in.CreateAssessmentCommand;
import io.aegis.application.assessment.port.in.CreateAssessmentUseCase;
import io.aegis.application.assessment.port.out.AssessmentReadModel;
import io.aegis.application.assessment.port.out.AssessmentReferences;
import io.aegis.application.assessment.port.out.AssessmentRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;

/**
 * Plans an assessment and adds its controls as not assessed, in one transaction: every active control of the
 * framework that is not a group, or those of its baseline. Its audit entry shows the assessment with its control
 * count; the rows of its controls are derived from the catalog and audited as they are evaluated.
 */
public record CreateAssessmentService(UseCaseRunner run, AssessmentRepository assessments,
                                      AssessmentReferences references, AssessmentReadModel readModel)
        implements CreateAssessmentUseCase {

    @Override
    public AssessmentView create(Actor actor, CreateAssessmentCommand command) {
        return run.change(actor, Permission.ASSESSMENT_WRITE, "assessment.create", change -> {
            requireScope(command.framework(), command);
            if (command.asset().isPresent()
                    && !references.activeAsset(command.asset().get(), actor.scopeOf(Permission.ASSET_READ))) {
                throw new RuleViolationException("unknown_asset", "asset_id " + command.asset().get()
                        + " names no active asset");
            }
            AssessmentServiceSupport.requireUser(references, "assessor_internal",
                    command.details().assessorInternal());
            Assessment planned = Assessment.plan(command.name(), command.framework(), command.baseline(),
                    command.asset(), command.details(), actor.userId().map(UserId::new).orElse(null), change.now());
            AssessmentId id = assessments.create(planned);
            assessments.addControls(id, command.framework(), command.baseline(), change.now());
            AssessmentView after = AssessmentServiceSupport.view(readModel, id);
            change.audit(AssessmentServiceSupport.RESOURCE, id.value(), null, after);
            return after;
        });
    }

    private void requireScope(FrameworkId framework, CreateAssessmentCommand command) {
        if (!references.activeFramework(framework)) {
            throw new RuleViolationException("unknown_framework", "framework_id " + framework
                    + " names no active framework");
        }
        if (command.baseline().isPresent()) {
            BaselineId baseline = command.baseline().get();
            FrameworkId owner = references.frameworkOfBaseline(baseline).orElseThrow(() ->
                    new RuleViolationException("unknown_baseline", "baseline_id " + baseline + " names no baseline"));
            if (!owner.equals(framework)) {
                throw new RuleViolationException("baseline_of_another_framework", "baseline_id " + baseline
                        + " is a baseline of framework " + owner + ", not of " + framework);
            }
        }
    }
}
