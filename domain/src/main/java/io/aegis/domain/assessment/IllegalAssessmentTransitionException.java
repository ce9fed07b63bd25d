package io.aegis.domain.assessment;

import io.aegis.domain.shared.RuleViolationException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An assessment was asked to move where its workflow does not lead; the message lists where it may go instead. */
public class IllegalAssessmentTransitionException extends RuleViolationException {

    private final Set<AssessmentStatus> allowed;

    public IllegalAssessmentTransitionException(AssessmentStatus from, AssessmentStatus to,
                                                Set<AssessmentStatus> allowed) {
        super("illegal_transition", "an assessment cannot move from " + from.key() + " to " + to.key()
                + (allowed.isEmpty() ? "; " + from.key() + " is final"
                : "; from " + from.key() + " it may move to " + keys(allowed)));
        this.allowed = Set.copyOf(allowed);
    }

    /** The legal moves, so that a client can correct itself without another request. */
    @Override
    public Map<String, Object> details() {
        return Map.of("allowed", allowed.stream().sorted().map(AssessmentStatus::key).toList());
    }

    private static String keys(Set<AssessmentStatus> statuses) {
        return statuses.stream().sorted().map(AssessmentStatus::key).collect(Collectors.joining(", "));
    }

    public Set<AssessmentStatus> allowed() {
        return allowed;
    }
}
