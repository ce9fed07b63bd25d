package io.aegis.domain.risk;

import io.aegis.domain.asset.AssetId;
import java.util.Objects;

/** An open risk as a roll-up weighs it: the asset it sits on and how serious it is now (level and score). */
public record ExposedRisk(RiskId risk, AssetId asset, RiskLevel level, double score) {

    public ExposedRisk {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(level, "level");
    }
}
