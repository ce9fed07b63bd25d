package io.aegis.application.assessment.port.out;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.BaselineId;
import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import java.util.Optional;

/** What an assessment refers to, asked of storage: whether each exists, as the assessment services need to know. */
public interface AssessmentReferences {

    boolean activeFramework(FrameworkId framework);

    /** The framework a baseline belongs to, if the baseline exists. */
    Optional<FrameworkId> frameworkOfBaseline(BaselineId baseline);

    /**
     * Whether the asset exists, is active and lies in the units of {@code visible}: an asset its creator may not read
     * is as unknown to an assessment as one that does not exist.
     */
    boolean activeAsset(AssetId asset, Scope visible);

    boolean activeUser(UserId user);
}
