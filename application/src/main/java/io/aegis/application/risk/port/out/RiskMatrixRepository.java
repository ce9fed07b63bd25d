package io.aegis.application.risk.port.out;

import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import java.time.Instant;
import java.util.Optional;

/** Where risk matrices are kept. */
public interface RiskMatrixRepository {

    /** Active or not: a risk keeps being scored on its matrix after the matrix is retired. */
    Optional<RiskMatrix> findById(RiskMatrixId id);

    /** The active matrix new risks are scored on when they name none. */
    Optional<RiskMatrix> findDefault();

    /** Whether another matrix (active or not, other than {@code except}) has this name, ignoring case. */
    boolean nameTaken(RiskMatrixName name, Optional<RiskMatrixId> except);

    /** Whether any risk, active or not, is scored on this matrix. */
    boolean scoresRisks(RiskMatrixId id);

    /** Stores a new matrix and returns it with its assigned id. */
    RiskMatrix insert(RiskMatrix matrix);

    /**
     * Stores the changed matrix if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(RiskMatrix matrix, Instant expectedVersion);
}
