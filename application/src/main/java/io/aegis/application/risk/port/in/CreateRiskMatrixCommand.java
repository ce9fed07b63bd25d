package io.aegis.application.risk.port.in;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import java.util.Objects;
import java.util.Optional;

/**
 * @param isDefault whether the new matrix replaces the current default
 * @param unit      the unit whose risks (and those below it) it may rate; absent: the one {@code UnitPlacement}
 *                  chooses
 */
public record CreateRiskMatrixCommand(RiskMatrixName name, Optional<Description> description, MatrixScoring scoring,
                                      boolean isDefault, Optional<OrgUnitId> unit) {

    public CreateRiskMatrixCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(unit, "unit");
    }
}
