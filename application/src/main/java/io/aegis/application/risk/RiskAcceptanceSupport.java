package io.aegis.application.risk;

import io.aegis.application.port.Change;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.risk.port.in.RiskAcceptanceView;
import io.aegis.application.risk.port.out.RiskAcceptanceRepository;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskAcceptanceId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import java.util.Optional;

/** What the acceptance services share: the resource's name, loading one of a risk, storing and auditing a decision. */
final class RiskAcceptanceSupport {

    static final String RESOURCE = "risk_acceptance";

    private RiskAcceptanceSupport() {
    }

    /** The acceptance {@code id} of {@code risk}; one of another risk is not found, as one that does not exist. */
    static RiskAcceptance load(RiskAcceptanceRepository acceptances, RiskId risk, RiskAcceptanceId id) {
        return acceptances.findById(id).filter(acceptance -> acceptance.riskId().equals(risk))
                .orElseThrow(() -> new NotFoundException("risk acceptance", id));
    }

    /**
     * Stores {@code decided}, which was pending when read, and audits it in the risk's unit.
     *
     * @throws ConflictException ({@code acceptance_decided}) when someone decided it meanwhile
     */
    static RiskAcceptanceView storeDecision(RiskAcceptanceRepository acceptances, Change change, OrgUnitId unit,
                                            RiskAcceptance pending, RiskAcceptance decided, Optional<RiskNote> note) {
        if (!acceptances.decide(decided)) {
            throw new ConflictException("acceptance_decided", "the acceptance was decided meanwhile; read it again");
        }
        RiskAcceptanceView after = RiskAcceptanceView.of(decided);
        change.auditIn(unit, RESOURCE, after.id(), RiskAcceptanceView.of(pending),
                new RiskAcceptanceAudit(note.map(RiskNote::value).orElse(null), after));
        return after;
    }
}
