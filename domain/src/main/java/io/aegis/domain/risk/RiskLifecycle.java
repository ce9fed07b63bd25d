package io.aegis.domain.risk;

import static io.aegis.domain.risk.RiskStatus.ACCEPTED;
import static io.aegis.domain.risk.RiskStatus.ASSESSED;
import static io.aegis.domain.risk.RiskStatus.CLOSED;
import static io.aegis.domain.risk.RiskStatus.IDENTIFIED;
import static io.aegis.domain.risk.RiskStatus.MITIGATING;
import static io.aegis.domain.risk.RiskStatus.MONITORING;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The moves a risk may make: identified, assessed, mitigating, monitoring, closed, in that order. A risk can
 * instead be accepted once assessed, but only when someone owns it and the reason to live with it is written
 * down, since acceptance is a decision an auditor will ask about. Closed and accepted risks reopen as
 * assessed, because whatever changed needs a fresh assessment before anything else.
 */
public final class RiskLifecycle {

    private static final Map<RiskStatus, Set<RiskStatus>> MOVES = new EnumMap<>(Map.of(
            IDENTIFIED, Set.of(ASSESSED),
            ASSESSED, Set.of(MITIGATING, ACCEPTED),
            MITIGATING, Set.of(MONITORING, ACCEPTED),
            MONITORING, Set.of(CLOSED, ACCEPTED),
            ACCEPTED, Set.of(ASSESSED),
            CLOSED, Set.of(ASSESSED)));

    private RiskLifecycle() {
    }

    /** Where a risk in {@code from} may move; moving to accepted also needs {@link #transition}'s conditions. */
    public static Set<RiskStatus> allowedFrom(RiskStatus from) {
        return MOVES.get(Objects.requireNonNull(from, "from"));
    }

    /**
     * The moves someone may ask for directly now ({@link #manualTransition}): none while the risk is unscored, since
     * every status past identified rests on a rating, and never accepted, which an approved acceptance decides.
     */
    public static Set<RiskStatus> manualMovesFrom(RiskStatus from, boolean scored) {
        if (!scored) {
            return Set.of();
        }
        Set<RiskStatus> moves = EnumSet.noneOf(RiskStatus.class);
        moves.addAll(allowedFrom(from));
        moves.remove(ACCEPTED);
        return moves;
    }

    /**
     * @param treatmentRationale why the risk is treated as it is; a blank one justifies nothing
     * @return the new status, with {@code now} as the resolution date when the risk closes
     * @throws IllegalRiskTransitionException when the lifecycle does not lead from {@code from} to {@code to}
     * @throws RuleViolationException         ({@code acceptance_incomplete}) when accepting a risk that lacks
     *                                        an owner or a treatment rationale
     */
    public static RiskTransition transition(RiskStatus from, RiskStatus to, Optional<Description> treatmentRationale,
                                            Optional<UserId> owner, Instant now) {
        Objects.requireNonNull(to, "to");
        if (!allowedFrom(from).contains(to)) {
            throw new IllegalRiskTransitionException(from, to, allowedFrom(from));
        }
        if (to == ACCEPTED) {
            requireAcceptable(treatmentRationale, owner);
        }
        Optional<Instant> resolvedAt = to == CLOSED ? Optional.of(Timestamps.truncate(now)) : Optional.empty();
        return new RiskTransition(to, resolvedAt);
    }

    /**
     * A move someone asks for directly: any move {@link #transition} allows but to accepted, which is decided on an
     * acceptance request (who asked, why, until when, who approved) and never by a bare move.
     *
     * @throws IllegalRiskTransitionException when the lifecycle does not lead from {@code from} to {@code to}
     * @throws RuleViolationException         ({@code acceptance_required}) for a move to accepted
     */
    public static RiskTransition manualTransition(RiskStatus from, RiskStatus to, Instant now) {
        Objects.requireNonNull(to, "to");
        if (!allowedFrom(from).contains(to)) {
            throw new IllegalRiskTransitionException(from, to, allowedFrom(from));
        }
        if (to == ACCEPTED) {
            throw new RuleViolationException("acceptance_required", "a risk is accepted by approving a request to"
                    + " accept it (its rationale and expiry, who asked, who approved), not by a bare move");
        }
        return transition(from, to, Optional.empty(), Optional.empty(), now);
    }

    static void requireAcceptable(Optional<Description> treatmentRationale, Optional<UserId> owner) {
        boolean explained = treatmentRationale.filter(rationale -> !rationale.value().isBlank()).isPresent();
        if (!explained || owner.isEmpty()) {
            throw new RuleViolationException("acceptance_incomplete",
                    "a risk can be accepted only with a treatment rationale and an owner");
        }
    }
}
