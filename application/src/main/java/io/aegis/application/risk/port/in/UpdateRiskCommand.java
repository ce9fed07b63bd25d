package io.aegis.application.risk.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.risk.RiskId;
import java.util.Objects;

/** @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check */
public record UpdateRiskCommand(RiskId id, ExpectedVersion expectedVersion, RiskChanges changes) {

    public UpdateRiskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
    }
}
