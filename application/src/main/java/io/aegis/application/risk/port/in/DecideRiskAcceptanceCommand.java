package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import java.util.Objects;
import java.util.Optional;

/** A decision on the pending acceptance {@code acceptance} of risk {@code id}, or its withdrawal by its asker. */
public record DecideRiskAcceptanceCommand(RiskId id, RiskAcceptanceId acceptance, Optional<RiskNote> note) {

    public DecideRiskAcceptanceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(note, "note");
    }
}
