package io.aegis.application.risk.port.in;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskFacts;
import io.aegis.domain.risk.RiskMatrixId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * @param matrix         the matrix to rate on; the default matrix when absent
 * @param identifiedDate when the risk was identified; now when absent
 * @param unit           the unit the risk belongs to; absent: the one {@code UnitPlacement} chooses
 */
public record CreateRiskCommand(RiskFacts facts, Optional<RiskMatrixId> matrix, RiskEstimate estimate,
                                Optional<Instant> identifiedDate, Optional<OrgUnitId> unit) {

    public CreateRiskCommand {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(identifiedDate, "identifiedDate");
        Objects.requireNonNull(unit, "unit");
    }
}
