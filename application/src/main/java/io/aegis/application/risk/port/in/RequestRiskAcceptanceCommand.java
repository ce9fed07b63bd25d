package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to accept a risk until {@code expiresAt}, for {@code rationale}; {@code note} is kept in the audit entry.
 */
public record RequestRiskAcceptanceCommand(RiskId id, RiskNote rationale, Instant expiresAt, Optional<RiskNote> note) {

    public RequestRiskAcceptanceCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(note, "note");
    }
}
