package io.aegis.application.task.port.out;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;

/** What a task refers to, asked of storage: whether each exists, as the task services need to know. */
public interface TaskReferences {

    /** Whether the risk exists, is active and lies in {@code visible}: a risk one may not read is as unknown. */
    boolean activeRisk(RiskId risk, Scope visible);

    /** Whether the asset exists, is active and lies in {@code visible}: an asset one may not read is as unknown. */
    boolean activeAsset(AssetId asset, Scope visible);

    boolean assessment(AssessmentId assessment);

    boolean control(ControlId control);

    boolean activeUser(UserId user);
}
