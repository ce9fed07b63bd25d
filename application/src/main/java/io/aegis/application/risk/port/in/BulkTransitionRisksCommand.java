package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The same move for several risks at once, all or none: at most {@value #MAX_RISKS} risks, each named once.
 *
 * @param reason why they move; recorded with each, at most 1,000 characters
 */
public record BulkTransitionRisksCommand(List<RiskId> ids, RiskStatus to, Optional<String> reason) {

    /** One transaction holds every row it moves: a bound keeps it short. */
    public static final int MAX_RISKS = 500;

    public BulkTransitionRisksCommand {
        ids = List.copyOf(ids);
        Objects.requireNonNull(to, "to");
        if (ids.isEmpty() || ids.size() > MAX_RISKS) {
            throw new InvalidValueException("ids", "must name 1 to " + MAX_RISKS + " risks");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new InvalidValueException("ids", "may name each risk once only");
        }
        reason = new TransitionRiskCommand(ids.get(0), to, reason).reason();
    }

    /** The move of one of the risks. */
    public TransitionRiskCommand of(RiskId id) {
        return new TransitionRiskCommand(id, to, reason);
    }
}
