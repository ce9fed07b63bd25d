package io.aegis.application.compliance.port.in;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.FrameworkId;
import java.util.Objects;
import java.util.Optional;

/** @param asset only assessments of this asset count, when given */
public record GetCompliancePostureQuery(FrameworkId framework, Optional<AssetId> asset) {

    public GetCompliancePostureQuery {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(asset, "asset");
    }
}
