package io.aegis.application.task;

import io.aegis.application.port.NotFoundException;
import io.aegis.application.task.port.in.GapView;
import io.aegis.application.task.port.out.AssessmentGaps;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.task.ControlGap;
import io.aegis.domain.task.GapRemediation;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskPriority;

/** What listing an assessment's gaps and making their tasks share. */
final class GapOffers {

    private GapOffers() {
    }

    static AssessmentGaps.AssessedScope scope(AssessmentGaps gaps, AssessmentId assessment) {
        return gaps.find(assessment).orElseThrow(() -> new NotFoundException("assessment", assessment));
    }

    static GapView offer(ControlGap gap, TaskId task) {
        return new GapView(gap.control().value(), gap.label(), gap.title(), gap.status().key(),
                GapRemediation.priorityFor(gap.status()).map(TaskPriority::key).orElseThrow(),
                task == null ? null : task.value());
    }
}
