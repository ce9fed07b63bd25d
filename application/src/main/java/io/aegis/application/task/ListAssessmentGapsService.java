package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.GapView;
import io.aegis.application.task.port.in.ListAssessmentGapsUseCase;
import io.aegis.application.task.port.out.AssessmentGaps;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.identity.Permission;
import java.util.List;

/** The gaps of an assessment in any status (so far as it is evaluated), each with the task made for it, if any. */
public record ListAssessmentGapsService(UseCaseRunner run, AssessmentGaps gaps) implements ListAssessmentGapsUseCase {

    @Override
    public List<GapView> list(Actor actor, AssessmentId assessment) {
        run.requireSomewhere(actor, Permission.ASSESSMENT_READ, "assessment.gaps");
        run.requireSomewhere(actor, Permission.TASK_READ, "assessment.gaps");
        GapOffers.scope(gaps, assessment);
        var tasked = gaps.tasked(assessment);
        return gaps.gaps(assessment).stream().map(gap -> GapOffers.offer(gap, tasked.get(gap.control()))).toList();
    }
}
