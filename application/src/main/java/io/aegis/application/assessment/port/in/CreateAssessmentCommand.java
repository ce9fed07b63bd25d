package io.aegis.application.assessment.port.in;

import io.aegis.domain.assessment.AssessmentDetails;
import io.aegis.domain.assessment.AssessmentName;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import java.util.Objects;
import java.util.Optional;

/**
 * @param baseline scopes the assessment to the controls this baseline of {@code framework} selects; every active
 *                 control of the framework without one
 * @param asset    the asset assessed, if it is one asset's assessment
 */
public record CreateAssessmentCommand(AssessmentName name, FrameworkId framework, Optional<BaselineId> baseline,
                                      Optional<AssetId> asset, AssessmentDetails details) {

    public CreateAssessmentCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(details, "details");
    }
}
