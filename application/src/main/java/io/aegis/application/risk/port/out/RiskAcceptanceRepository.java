package io.aegis.application.risk.port.out;

import io.aegis.application.port.Page;
import io.aegis.application.port.PageRequest;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskId;
import java.util.Optional;

/** A risk's acceptances: few per risk, so they are paged straight from their table. */
public interface RiskAcceptanceRepository {

    /** Stores a new request and returns it with its assigned id. */
    RiskAcceptance insert(RiskAcceptance acceptance);

    /**
     * Stores the decision on an acceptance that is still pending.
     *
     * @return false when it was decided meanwhile: nothing was written
     */
    boolean decide(RiskAcceptance decided);

    Optional<RiskAcceptance> findById(RiskAcceptanceId id);

    /** Whether one waits for a decision; read so that two requests for one risk at once cannot both see none. */
    boolean pendingExists(RiskId risk);

    /** The acceptance approved last for {@code risk}, the one an accepted risk rests on. */
    Optional<RiskAcceptance> lastApproved(RiskId risk);

    /** Newest first. */
    Page<RiskAcceptance> of(RiskId risk, PageRequest page);
}
