package io.aegis.domain.task;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.risk.RiskId;
import java.util.Optional;

/** What a task works on: a risk, an assessment, an asset and a control, each optional (null when absent). */
public record TaskLinks(RiskId risk, AssessmentId assessment, AssetId asset, ControlId control) {

    public static final TaskLinks NONE = new TaskLinks(null, null, null, null);

    public Optional<RiskId> riskId() {
        return Optional.ofNullable(risk);
    }

    public Optional<AssessmentId> assessmentId() {
        return Optional.ofNullable(assessment);
    }

    public Optional<AssetId> assetId() {
        return Optional.ofNullable(asset);
    }

    public Optional<ControlId> controlId() {
        return Optional.ofNullable(control);
    }
}
