package io.aegis.application.assessment.port.out;

import io.aegis.domain.assessment.Assessment;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Optional;

/** Loads and stores assessments and creates the rows of their controls. */
public interface AssessmentRepository {

    Optional<Assessment> findById(AssessmentId id);

    /** @return the new assessment's id */
    AssessmentId create(Assessment assessment);

    /**
     * Adds every active control of {@code framework} that is not a group (or, with a baseline, every such control the
     * baseline selects) to the assessment as not assessed, in one statement.
     *
     * @return how many controls were added
     */
    int addControls(AssessmentId assessment, FrameworkId framework, Optional<BaselineId> baseline, Instant now);

    /** @return false when the stored version is no longer {@code expectedVersion} (someone changed it meanwhile) */
    boolean update(Assessment changed, Instant expectedVersion);
}
