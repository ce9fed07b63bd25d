package io.aegis.application.assessment.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import java.util.Optional;

/** What an assessment refers to, asked of storage: whether each exists, as the assessment services need to know. */
public interface AssessmentReferences {

    boolean activeFramework(FrameworkId framework);

    /** The framework a baseline belongs to, if the baseline exists. */
    Optional<FrameworkId> frameworkOfBaseline(BaselineId baseline);

    boolean activeAsset(AssetId asset);

    boolean activeUser(UserId user);
}
