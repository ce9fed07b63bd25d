package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.CreateGapTasksUseCase;
import io.aegis.application.task.port.in.GapTasksView;
import io.aegis.application.task.port.in.GapView;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.AssessmentGaps;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.task.ControlGap;
import io.aegis.domain.task.DueDateSla;
import io.aegis.domain.task.GapRemediation;
import io.aegis.domain.task.TaskId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a remediation task for every gap of a completed assessment that has none yet ({@link GapRemediation}): a gap
 * already linked to a task is reported, not made twice. Each task made is audited as a creation.
 */
public record CreateGapTasksService(UseCaseRunner run, TaskRepository tasks, AssessmentGaps gaps,
                                    TaskReadModel readModel, DueDateSla sla) implements CreateGapTasksUseCase {

    @Override
    public GapTasksView create(Actor actor, AssessmentId assessment) {
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "task.create_gaps");
        return run.change(actor, Permission.TASK_WRITE, "task.create_gaps", change -> {
            AssessmentGaps.AssessedScope scope = GapOffers.scope(gaps, assessment);
            if (scope.status() != AssessmentStatus.COMPLETED) {
                throw new RuleViolationException("assessment_not_completed", "remediation tasks are offered for a"
                        + " completed assessment; this one is " + scope.status().key());
            }
            Map<ControlId, TaskId> tasked = gaps.tasked(assessment);
            List<TaskView> created = new ArrayList<>();
            List<GapView> present = new ArrayList<>();
            for (ControlGap gap : gaps.gaps(assessment)) {
                TaskId existing = tasked.get(gap.control());
                if (existing != null) {
                    present.add(GapOffers.offer(gap, existing));
                    continue;
                }
                TaskId id = tasks.create(GapRemediation.taskFor(gap, assessment, scope.asset(),
                        TaskServiceSupport.creator(actor).orElse(null), sla, change.now()));
                TaskView after = TaskServiceSupport.view(readModel, id, change.now());
                change.audit(TaskServiceSupport.RESOURCE, id.value(), null, after);
                created.add(after);
            }
            return new GapTasksView(assessment.value(), created, present);
        });
    }
}
