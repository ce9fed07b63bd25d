package io.aegis.application.risk.port.out;

import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskReview;
import io.aegis.domain.risk.RiskScoreEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface RiskRepository {

    /** Active or not. */
    Optional<Risk> findById(RiskId id);

    /** Stores a new risk and returns it with its assigned id. */
    Risk insert(Risk risk);

    /**
     * Stores the changed risk if the stored one still has {@code expectedVersion}.
     *
     * @return false when the stored version differs (someone else changed it): nothing was written
     */
    boolean update(Risk risk, Instant expectedVersion);

    /** Appends to the score history of the entries' risks. */
    void appendScores(List<RiskScoreEntry> entries);

    /** Appends to the review record of the review's risk. */
    void appendReview(RiskReview review);
}
