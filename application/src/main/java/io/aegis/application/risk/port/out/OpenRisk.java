package io.aegis.application.risk.port.out;

import io.aegis.domain.risk.ExposedRisk;
import io.aegis.domain.risk.RiskStatus;
import java.util.Objects;

/** An open risk as a roll-up lists it: what the domain weighs, plus what a reader needs to recognise it. */
public record OpenRisk(ExposedRisk exposed, String title, RiskStatus status) {

    public OpenRisk {
        Objects.requireNonNull(exposed, "exposed");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }
}
