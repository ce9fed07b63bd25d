package io.aegis.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final UserId ADA = new UserId(7);

    static TaskDetails details(TaskPriority priority, Instant due) {
        return new TaskDetails("Patch the VPN", null, TaskType.REMEDIATION, priority, due, null, null, null,
                Labels.none(), CustomFields.none());
    }

    private static Task opened() {
        return Task.open(details(TaskPriority.HIGH, null), TaskLinks.NONE, null, ADA, DueDateSla.defaults(), NOW)
                .identifiedAs(new TaskId(1));
    }

    private static Task through(TaskStatus... path) {
        Task task = opened();
        Instant at = NOW;
        for (TaskStatus to : path) {
            at = at.plus(Duration.ofHours(1));
            task = task.transitionTo(to, at);
        }
        return task;
    }

    @Test
    void a_new_task_is_open_with_no_progress_and_due_as_the_sla_says_for_its_priority() {
        Task task = opened();

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.progress()).isEqualTo(TaskProgress.NONE);
        assertThat(task.details().dueDate()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(task.completedDate()).isEmpty();
        assertThat(task.version()).isEqualTo(NOW);
    }

    @Test
    void a_due_date_given_is_kept() {
        Instant due = Instant.parse("2026-04-01T00:00:00Z");

        Task task = Task.open(details(TaskPriority.CRITICAL, due), TaskLinks.NONE, null, ADA, DueDateSla.defaults(),
                NOW);

        assertThat(task.details().dueDate()).isEqualTo(due);
    }

    @Test
    void done_is_100_percent_with_the_time_it_was_done() {
        Task done = through(TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, TaskStatus.DONE);

        assertThat(done.progress()).isEqualTo(TaskProgress.COMPLETE);
        assertThat(done.completedDate()).contains(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void reopening_clears_the_completed_date_and_keeps_the_progress_until_someone_reports_less() {
        Task reopened = through(TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, TaskStatus.DONE,
                TaskStatus.IN_PROGRESS);

        assertThat(reopened.completedDate()).isEmpty();
        assertThat(reopened.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        Task revised = reopened.revise(reopened.details(), reopened.links(), new TaskProgress(60),
                NOW.plus(Duration.ofDays(1)));
        assertThat(revised.progress().percentage()).isEqualTo(60);
    }

    @Test
    void a_done_task_cannot_report_less_than_100_percent() {
        Task done = through(TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, TaskStatus.DONE);

        assertThatThrownBy(() -> done.revise(done.details(), done.links(), new TaskProgress(90), NOW.plusSeconds(9000)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "done_is_complete");
        assertThat(done.revise(done.details(), done.links(), TaskProgress.COMPLETE, NOW.plusSeconds(9000))
                .progress()).isEqualTo(TaskProgress.COMPLETE);
    }

    @Test
    void starting_work_records_the_start_date_unless_one_was_planned() {
        assertThat(through(TaskStatus.IN_PROGRESS).details().startDate()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        Instant planned = Instant.parse("2026-02-01T00:00:00Z");
        Task task = Task.open(new TaskDetails("t", null, TaskType.OTHER, TaskPriority.LOW, null, planned, null, null,
                null, null), TaskLinks.NONE, null, ADA, DueDateSla.defaults(), NOW);
        assertThat(task.transitionTo(TaskStatus.IN_PROGRESS, NOW).details().startDate()).isEqualTo(planned);
    }

    @Test
    void an_illegal_move_is_refused_and_changes_nothing() {
        Task task = opened();

        assertThatThrownBy(() -> task.transitionTo(TaskStatus.DONE, NOW))
                .isInstanceOf(IllegalTaskTransitionException.class);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void a_cancelled_task_is_neither_revised_nor_reassigned() {
        Task cancelled = through(TaskStatus.CANCELLED);

        assertThatThrownBy(() -> cancelled.assignTo(ADA, NOW.plusSeconds(7200)))
                .hasFieldOrPropertyWithValue("code", "task_cancelled");
        assertThatThrownBy(() -> cancelled.revise(cancelled.details(), cancelled.links(), TaskProgress.NONE,
                NOW.plusSeconds(7200))).hasFieldOrPropertyWithValue("code", "task_cancelled");
    }

    @Test
    void every_change_makes_a_later_version() {
        Task task = opened();
        Task assigned = task.assignTo(ADA, NOW);

        assertThat(assigned.assignee()).contains(ADA);
        assertThat(assigned.version()).isAfter(task.version());
    }

    @Test
    void overdue_means_past_the_due_date_and_not_settled() {
        Task task = opened();
        Instant later = task.details().dueDate().plusSeconds(1);

        assertThat(task.overdueAt(task.details().dueDate())).isFalse();
        assertThat(task.overdueAt(later)).isTrue();
        assertThat(through(TaskStatus.CANCELLED).overdueAt(later)).isFalse();
        assertThat(through(TaskStatus.IN_PROGRESS, TaskStatus.IN_REVIEW, TaskStatus.DONE).overdueAt(later)).isFalse();
    }

    @Test
    void progress_is_0_to_100() {
        assertThat(new TaskProgress(0).percentage()).isZero();
        assertThat(new TaskProgress(100).percentage()).isEqualTo(100);
        assertThatThrownBy(() -> new TaskProgress(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaskProgress(101)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void details_are_bounded() {
        assertThatThrownBy(() -> new TaskDetails(" ", null, TaskType.OTHER, TaskPriority.LOW, null, null, null, null,
                null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaskDetails("x".repeat(501), null, TaskType.OTHER, TaskPriority.LOW, null, null,
                null, null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TaskDetails("t", null, TaskType.OTHER, TaskPriority.LOW, null, null, -1, null,
                null, null)).hasFieldOrPropertyWithValue("field", "estimated_hours");
    }

    @Test
    void changes_are_recorded_as_status_change_comments_an_auditor_may_see() {
        TaskComment moved = TaskComment.statusChanged(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
        TaskComment reassigned = TaskComment.reassigned(null, ADA);

        assertThat(moved.type()).isEqualTo(CommentType.STATUS_CHANGE);
        assertThat(moved.internal()).isFalse();
        assertThat(moved.text()).isEqualTo("Status changed from open to in_progress");
        assertThat(reassigned.text()).isEqualTo("Assignee changed from nobody to user 7");
        assertThat(TaskComment.written(" looked at it ", true).text()).isEqualTo("looked at it");
        assertThatThrownBy(() -> TaskComment.written("  ", false)).hasFieldOrPropertyWithValue("field", "comment");
    }
}
