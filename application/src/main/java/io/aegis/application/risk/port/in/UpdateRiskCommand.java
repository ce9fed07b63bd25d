package io.aegis.application.risk.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskId;
import java.util.Objects;
import java.util.Optional;

/**
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 * @param moveTo          the unit the risk moves to; absent: it stays (a risk always belongs to a unit)
 */
public record UpdateRiskCommand(RiskId id, ExpectedVersion expectedVersion, RiskChanges changes,
                                Optional<OrgUnitId> moveTo) {

    public UpdateRiskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(moveTo, "moveTo");
    }
}
