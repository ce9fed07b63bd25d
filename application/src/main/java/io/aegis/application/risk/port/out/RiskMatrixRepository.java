package io.aegis.application.risk.port.out;

import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import java.util.Optional;

/** Where risk matrices are kept. */
public interface RiskMatrixRepository {

    /** Active or not: a risk keeps being scored on its matrix after the matrix is retired. */
    Optional<RiskMatrix> findById(RiskMatrixId id);

    /** The active matrix new risks are scored on when they name none. */
    Optional<RiskMatrix> findDefault();
}
