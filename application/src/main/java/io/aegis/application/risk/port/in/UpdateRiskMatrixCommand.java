package io.aegis.application.risk.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.Description;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A partial update: only present fields change. The four scoring parts are checked together, the sent ones
 * with the stored others, since each is only meaningful against the rest.
 *
 * @param expectedVersion the version the client edited ({@code If-Match});
 *                        {@link ExpectedVersion#ANY} to skip that check
 */
public record UpdateRiskMatrixCommand(RiskMatrixId id, ExpectedVersion expectedVersion,
                                      Patch<RiskMatrixName> name, Patch<Description> description,
                                      Patch<List<MatrixLevel>> likelihoodLevels, Patch<List<MatrixLevel>> impactLevels,
                                      Patch<List<List<Double>>> riskScores, Patch<List<RiskBand>> riskLevels,
                                      Patch<Boolean> isDefault, Patch<Boolean> active) {

    public UpdateRiskMatrixCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Stream.of(name, description, likelihoodLevels, impactLevels, riskScores, riskLevels, isDefault, active)
                .forEach(Objects::requireNonNull);
        if (Stream.of(name, likelihoodLevels, impactLevels, riskScores, riskLevels, isDefault, active)
                .anyMatch(patch -> patch.present() && patch.value() == null)) {
            throw new IllegalArgumentException("only the description can be cleared");
        }
    }

    /** Whether the command sends any of the four parts that make up the scoring. */
    public boolean changesScoring() {
        return Stream.of(likelihoodLevels, impactLevels, riskScores, riskLevels).anyMatch(Patch::present);
    }
}
