package io.aegis.application.compliance.port.out;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.compliance.EvaluatedControl;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.organisation.Scope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Completed assessments and their evaluations, as far as the actor may read them: an assessment of an asset counts
 * only when the asset is in {@code assets}, the units where the actor reads assets (an assessment of no asset
 * concerns the whole organisation and always counts).
 */
public interface PostureEvaluationReadModel {

    /** The latest completed, active assessment of each framework, among those of {@code asset} when given. */
    List<CompletedAssessment> latestCompleted(Scope assets, Optional<AssetId> asset);

    /** The evaluations of these assessments that say something (not {@code not_assessed}). */
    List<EvaluatedControl> evaluations(Scope assets, Collection<AssessmentId> assessments);

    /** @param completedAt when it was completed: its last change, since a completed assessment is closed to edits */
    record CompletedAssessment(AssessmentId id, String name, FrameworkId framework, String frameworkName,
                               Instant completedAt) {
    }
}
