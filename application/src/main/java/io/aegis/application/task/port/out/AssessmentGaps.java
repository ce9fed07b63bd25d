package io.aegis.application.task.port.out;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.task.ControlGap;
import io.aegis.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task context's view of assessments: what it needs to offer their gaps as remediation tasks, read from storage
 * (the assessment context's services are not called from inside a task's transaction).
 */
public interface AssessmentGaps {

    /** Where an assessment stands and the asset it assessed. */
    record AssessedScope(AssessmentStatus status, Optional<AssetId> asset) {
    }

    /**
     * Where the assessment stands; inside a change, offers of the same assessment's gaps take turns from here on (the
     * adapter locks its row where the database can), so that none makes a task another has just made.
     */
    Optional<AssessedScope> find(AssessmentId assessment);

    /** The controls evaluated as not or partially implemented, in the catalog's order. */
    List<ControlGap> gaps(AssessmentId assessment);

    /** For each control of the assessment that has a task linked to both, the first such task. */
    Map<ControlId, TaskId> tasked(AssessmentId assessment);
}
