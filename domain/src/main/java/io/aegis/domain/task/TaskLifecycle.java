package io.aegis.domain.task;

import static io.aegis.domain.task.TaskStatus.BLOCKED;
import static io.aegis.domain.task.TaskStatus.CANCELLED;
import static io.aegis.domain.task.TaskStatus.DONE;
import static io.aegis.domain.task.TaskStatus.IN_PROGRESS;
import static io.aegis.domain.task.TaskStatus.IN_REVIEW;
import static io.aegis.domain.task.TaskStatus.OPEN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The moves a task may make: open, in progress, in review, done, in that order. Work that cannot go on is blocked
 * (from open or in progress) and resumes in progress, or goes back to open when it must be planned again; a reviewer
 * sends work back to in progress. A task is cancelled from anywhere but done. Done is reopened to in progress when
 * the fix turns out not to hold (a later assessment finds the gap again); cancelled is final.
 */
public final class TaskLifecycle {

    private static final Map<TaskStatus, Set<TaskStatus>> MOVES = new EnumMap<>(Map.of(
            OPEN, Set.of(IN_PROGRESS, BLOCKED, CANCELLED),
            IN_PROGRESS, Set.of(IN_REVIEW, BLOCKED, OPEN, CANCELLED),
            IN_REVIEW, Set.of(DONE, IN_PROGRESS, CANCELLED),
            BLOCKED, Set.of(IN_PROGRESS, OPEN, CANCELLED),
            DONE, Set.of(IN_PROGRESS),
            CANCELLED, Set.of()));

    private TaskLifecycle() {
    }

    public static Set<TaskStatus> allowedFrom(TaskStatus from) {
        return MOVES.get(Objects.requireNonNull(from, "from"));
    }

    /** @throws IllegalTaskTransitionException when the workflow does not lead from {@code from} to {@code to} */
    public static void requireMove(TaskStatus from, TaskStatus to) {
        Objects.requireNonNull(to, "to");
        if (!allowedFrom(from).contains(to)) {
            throw new IllegalTaskTransitionException(from, to, allowedFrom(from));
        }
    }
}
