package io.aegis.application.assessment.port.out;

import io.aegis.domain.assessment.AssessedControl;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.EvaluationTally;
import io.aegis.domain.framework.ControlId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The controls of assessments with their evaluations (assessment_controls). */
public interface AssessedControlRepository {

    Optional<AssessedControl> find(AssessmentId assessment, ControlId control);

    /** @return false when the stored version is no longer {@code expectedVersion} */
    boolean update(AssessedControl changed, Instant expectedVersion);

    /** How many of the assessment's controls are evaluated alike: what its score is computed from. */
    List<EvaluationTally> tallies(AssessmentId assessment);
}
