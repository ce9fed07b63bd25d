package io.aegis.domain.task;

import io.aegis.domain.shared.RuleViolationException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A task was asked to move where its workflow does not lead; the message lists where it may go instead. */
public class IllegalTaskTransitionException extends RuleViolationException {

    private final Set<TaskStatus> allowed;

    public IllegalTaskTransitionException(TaskStatus from, TaskStatus to, Set<TaskStatus> allowed) {
        super("illegal_transition", "a task cannot move from " + from.key() + " to " + to.key()
                + (allowed.isEmpty() ? "; " + from.key() + " is final"
                : "; from " + from.key() + " it may move to " + keys(allowed)));
        this.allowed = Set.copyOf(allowed);
    }

    /** The legal moves, so that a client can correct itself without another request. */
    @Override
    public Map<String, Object> details() {
        return Map.of("allowed", allowed.stream().sorted().map(TaskStatus::key).toList());
    }

    private static String keys(Set<TaskStatus> statuses) {
        return statuses.stream().sorted().map(TaskStatus::key).collect(Collectors.joining(", "));
    }

    public Set<TaskStatus> allowed() {
        return allowed;
    }
}
