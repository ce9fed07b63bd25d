package io.aegis.domain.risk;

import io.aegis.domain.shared.RuleViolationException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A risk was asked to move where its lifecycle does not lead; the message lists where it may go instead. */
public class IllegalRiskTransitionException extends RuleViolationException {

    private final RiskStatus from;
    private final RiskStatus to;
    private final Set<RiskStatus> allowed;

    public IllegalRiskTransitionException(RiskStatus from, RiskStatus to, Set<RiskStatus> allowed) {
        super("illegal_transition", "a risk cannot move from " + from.key() + " to " + to.key()
                + "; from " + from.key() + " it may move to " + keys(allowed));
        this.from = from;
        this.to = to;
        this.allowed = Set.copyOf(allowed);
    }

    /** The legal moves, so that a client can correct itself without another request. */
    @Override
    public Map<String, Object> details() {
        return Map.of("allowed", allowed.stream().sorted().map(RiskStatus::key).toList());
    }

    private static String keys(Set<RiskStatus> statuses) {
        return statuses.stream().sorted().map(RiskStatus::key).collect(Collectors.joining(", "));
    }

    public RiskStatus from() {
        return from;
    }

    public RiskStatus to() {
        return to;
    }

    public Set<RiskStatus> allowed() {
        return allowed;
    }
}
