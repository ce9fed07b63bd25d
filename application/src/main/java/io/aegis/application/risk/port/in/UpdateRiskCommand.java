package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** @param expectedVersion the version the client edited ({@code If-Match}); empty to skip that check */
public record UpdateRiskCommand(RiskId id, Optional<Instant> expectedVersion, RiskChanges changes) {

    public UpdateRiskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
    }
}
