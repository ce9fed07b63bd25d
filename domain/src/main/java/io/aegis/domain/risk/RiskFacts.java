package io.aegis.domain.risk;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The properties of a risk that people write and no matrix computes: what it is, what it touches, who owns
 * it and how it is treated. The asset and the owner are references the application checks exist.
 */
public record RiskFacts(RiskTitle title, RiskCategory category, RiskDetails details, RiskTreatment treatment,
                        AiAssessment ai, Optional<AssetId> asset, Optional<UserId> owner) {

    public RiskFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        details = Objects.requireNonNullElse(details, RiskDetails.none());
        treatment = Objects.requireNonNullElse(treatment, RiskTreatment.none());
        ai = Objects.requireNonNullElse(ai, AiAssessment.none());
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(owner, "owner");
    }
}
