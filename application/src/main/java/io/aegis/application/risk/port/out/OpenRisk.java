package io.aegis.application.risk.port.out;

import io.aegis.domain.risk.ExposedRisk;
import io.aegis.domain.risk.RiskStatus;
import java.util.Objects;

/**
 * An open risk as a roll-up lists it: what the domain weighs, plus what a reader needs to recognise it.
 *
 * @param visible whether the reader may see the risk itself (its unit is in the reader's scope)
 */
public record OpenRisk(ExposedRisk exposed, String title, RiskStatus status, boolean visible) {

    public OpenRisk {
        Objects.requireNonNull(exposed, "exposed");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }
}
