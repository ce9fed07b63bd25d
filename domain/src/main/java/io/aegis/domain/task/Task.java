package io.aegis.domain.task;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of work: remediating a gap, reviewing a control, collecting evidence. It follows {@link TaskLifecycle};
 * its progress is 0 to 100 percent and a done task is at 100, with the time it was done as its completed date
 * (cleared when it is reopened). Work starting sets the start date unless one was planned. A cancelled task is a
 * record and no longer changes.
 */
public final class Task implements Versioned {

    private final TaskId id;
    private final TaskDetails details;
    private final TaskLinks links;
    private final TaskStatus status;
    private final TaskProgress progress;
    private final UserId assignee;
    private final Instant completedDate;
    private final boolean active;
    private final UserId createdBy;
    private final Revision revision;

    private Task(TaskId id, TaskDetails details, TaskLinks links, TaskStatus status, TaskProgress progress,
                 UserId assignee, Instant completedDate, boolean active, UserId createdBy, Revision revision) {
        this.id = id;
        this.details = Objects.requireNonNull(details, "details");
        this.links = Objects.requireNonNull(links, "links");
        this.status = Objects.requireNonNull(status, "status");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.assignee = assignee;
        this.completedDate = completedDate;
        this.active = active;
        this.createdBy = createdBy;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /**
     * A new open task with no progress; without a due date it is due when {@code sla} says for its priority. It has
     * no id until it is stored.
     */
    public static Task open(TaskDetails details, TaskLinks links, UserId assignee, UserId createdBy, DueDateSla sla,
                            Instant now) {
        TaskDetails dated = details.dueDate() != null ? details
                : details.dueOn(sla.dueFrom(details.priority(), now));
        return new Task(null, dated, links, TaskStatus.OPEN, TaskProgress.NONE, assignee, null, true, createdBy,
                Revision.first(now));
    }

    /** Rehydrates a stored task; a row never updated has no update time: its creation time stands in. */
    public static Task restore(TaskId id, TaskDetails details, TaskLinks links, TaskStatus status,
                               TaskProgress progress, UserId assignee, Instant completedDate, boolean active,
                               UserId createdBy, Instant createdAt, Instant updatedAt) {
        return new Task(Objects.requireNonNull(id, "id"), details, links, status, progress, assignee, completedDate,
                active, createdBy, Revision.stored(createdAt, updatedAt));
    }

    public Task identifiedAs(TaskId assignedId) {
        return new Task(Objects.requireNonNull(assignedId), details, links, status, progress, assignee,
                completedDate, active, createdBy, revision);
    }

    /**
     * The task with other details, links and progress.
     *
     * @throws RuleViolationException ({@code task_cancelled}) once it is cancelled; ({@code done_is_complete}) when
     *                                a done task would be less than 100 percent done
     */
    public Task revise(TaskDetails newDetails, TaskLinks newLinks, TaskProgress newProgress, Instant now) {
        requireNotCancelled();
        if (status == TaskStatus.DONE && !newProgress.equals(TaskProgress.COMPLETE)) {
            throw new RuleViolationException("done_is_complete", "a done task is 100 percent done; reopen it (move"
                    + " it to in_progress) to report less");
        }
        return new Task(id, newDetails, newLinks, status, newProgress, assignee, completedDate, active, createdBy,
                revision.next(now));
    }

    /**
     * The task given to {@code newAssignee} (nobody when null).
     *
     * @throws RuleViolationException ({@code task_cancelled}) once it is cancelled
     */
    public Task assignTo(UserId newAssignee, Instant now) {
        requireNotCancelled();
        return new Task(id, details, links, status, progress, newAssignee, completedDate, active, createdBy,
                revision.next(now));
    }

    /**
     * The task moved to {@code to}: done sets the progress to 100 and the completed date to {@code now}; leaving done
     * clears the completed date; starting work records the start date unless one was planned.
     *
     * @throws IllegalTaskTransitionException when the workflow does not lead there
     */
    public Task transitionTo(TaskStatus to, Instant now) {
        TaskLifecycle.requireMove(status, to);
        boolean done = to == TaskStatus.DONE;
        TaskDetails started = to == TaskStatus.IN_PROGRESS && details.startDate() == null
                ? details.startedOn(now) : details;
        return new Task(id, started, links, to, done ? TaskProgress.COMPLETE : progress, assignee,
                done ? revision.next(now).updatedAt() : null, active, createdBy, revision.next(now));
    }

    /** Whether the task is past its due date at {@code now} and not settled. */
    public boolean overdueAt(Instant now) {
        return !status.settled() && details.dueDate() != null && details.dueDate().isBefore(now);
    }

    private void requireNotCancelled() {
        if (status == TaskStatus.CANCELLED) {
            throw new RuleViolationException("task_cancelled", "a cancelled task is a record and no longer changes");
        }
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<TaskId> id() {
        return Optional.ofNullable(id);
    }

    public TaskDetails details() {
        return details;
    }

    public TaskLinks links() {
        return links;
    }

    public TaskStatus status() {
        return status;
    }

    public TaskProgress progress() {
        return progress;
    }

    public Optional<UserId> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<Instant> completedDate() {
        return Optional.ofNullable(completedDate);
    }

    public boolean active() {
        return active;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }
}
