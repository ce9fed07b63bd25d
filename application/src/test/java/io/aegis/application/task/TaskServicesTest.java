package io.aegis.application.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Patch;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.AddTaskCommentCommand;
import io.aegis.application.task.port.in.CreateTaskCommand;
import io.aegis.application.task.port.in.GapTasksView;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.in.TransitionTaskCommand;
import io.aegis.application.task.port.in.UpdateTaskCommand;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.InMemoryTasks;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.shared.RuleViolationException;
import io.aegis.domain.task.ControlGap;
import io.aegis.domain.task.DueDateSla;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLinks;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskStatus;
import io.aegis.domain.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The task use cases over in-memory ports: permissions first (a refusal audited as denied, nothing changed), one audit
 * entry per change, the records of moves and new assignees written with the change, internal comments kept from
 * readers, and the gaps of a completed assessment made into tasks once. The SLA here gives high tasks 10 days.
 */
class TaskServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T19:30:00.250Z");
    private static final DueDateSla SLA = DueDateSla.parse("sla", "high=10");
    private static final AssessmentId DONE = new AssessmentId(4);
    private static final AssessmentId UNDERWAY = new AssessmentId(5);

    private final InMemoryTasks store = new InMemoryTasks()
            .withAssessment(DONE, AssessmentStatus.COMPLETED, List.of(
                    new ControlGap(new ControlId(12), "AC-2", "Account Management",
                            ImplementationStatus.NOT_IMPLEMENTED, "none", null),
                    new ControlGap(new ControlId(13), "AC-2(1)", null, ImplementationStatus.PARTIALLY_IMPLEMENTED,
                            null, null)))
            .withAssessment(UNDERWAY, AssessmentStatus.UNDER_REVIEW, List.of());
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final CreateTaskService create = new CreateTaskService(run, store, store, store, SLA);
    private final TransitionTaskService transition = new TransitionTaskService(run, store, store);
    private final UpdateTaskService update = new UpdateTaskService(run, store, store, store);
    private final AddTaskCommentService comment = new AddTaskCommentService(run, store, store);
    private final ListTaskCommentsService comments = new ListTaskCommentsService(run, store);
    private final CreateGapTasksService gapTasks = new CreateGapTasksService(run, store, store, store, SLA);

    private final Actor worker = Actors.withPermissions(Permission.TASK_READ, Permission.TASK_WRITE,
            Permission.ASSESSMENT_READ);
    private final Actor reader = Actors.withPermissions(Permission.TASK_READ, Permission.ASSESSMENT_READ);

    private TaskView opened(TaskPriority priority, TaskLinks links) {
        return create.create(worker, new CreateTaskCommand(new TaskDetails("Patch", null, TaskType.REMEDIATION,
                priority, null, null, null, null, null, null), links, Optional.empty()));
    }

    private TaskView moved(TaskView task, TaskStatus to) {
        return transition.transition(worker, new TransitionTaskCommand(new TaskId(task.id()), ExpectedVersion.ANY,
                to));
    }

    private static UpdateTaskCommand assigning(TaskView task, UserId assignee) {
        return new UpdateTaskCommand(new TaskId(task.id()), ExpectedVersion.ANY, Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.set(assignee),
                Patch.keep());
    }

    @Test
    void a_new_task_is_due_as_the_configured_sla_says_and_its_creation_is_audited_once() {
        TaskView task = opened(TaskPriority.HIGH, TaskLinks.NONE);

        assertThat(task.dueDate()).isEqualTo(Instant.parse("2026-12-06T19:30:00.250Z").plus(Duration.ofDays(10)));
        assertThat(task.createdById()).isEqualTo(7L);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("task.create");
            assertThat(entry.after()).isEqualTo(task);
        });
    }

    @Test
    void a_link_to_what_does_not_exist_is_refused_before_anything_is_stored() {
        assertThatThrownBy(() -> opened(TaskPriority.LOW, new TaskLinks(new RiskId(3), null, null, null)))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "unknown_risk");
        assertThatThrownBy(() -> opened(TaskPriority.LOW, new TaskLinks(null, new AssessmentId(99), null, null)))
                .hasFieldOrPropertyWithValue("code", "unknown_assessment");
        assertThat(store.size()).isZero();
    }

    @Test
    void a_reader_is_refused_every_change_and_the_refusal_is_audited() {
        TaskView task = opened(TaskPriority.LOW, TaskLinks.NONE);

        assertThatThrownBy(() -> transition.transition(reader, new TransitionTaskCommand(new TaskId(task.id()),
                ExpectedVersion.ANY, TaskStatus.IN_PROGRESS))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> gapTasks.create(reader, DONE)).isInstanceOf(ForbiddenException.class);
        assertThat(store.comments()).isEmpty();
        assertThat(store.size()).isEqualTo(1);
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.SUCCESS,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED);
    }

    @Test
    void moves_and_new_assignees_are_recorded_as_status_change_comments_with_the_change() {
        TaskView task = opened(TaskPriority.LOW, TaskLinks.NONE);

        moved(task, TaskStatus.IN_PROGRESS);
        update.update(worker, assigning(task, new UserId(2)));
        update.update(worker, assigning(task, new UserId(2)));

        assertThat(store.comments()).extracting(TaskCommentView::comment).containsExactly(
                "Status changed from open to in_progress", "Assignee changed from nobody to user 2");
        assertThat(store.comments()).extracting(TaskCommentView::commentType).containsOnly("status_change");
        assertThat(audit.entries()).extracting(AuditEntry::action)
                .containsExactly("task.create", "task.transition", "task.update", "task.update");
        assertThatThrownBy(() -> update.update(worker, assigning(task, new UserId(9))))
                .hasFieldOrPropertyWithValue("code", "unknown_user");
    }

    @Test
    void internal_comments_are_kept_from_those_who_only_read_tasks() {
        TaskView task = opened(TaskPriority.LOW, TaskLinks.NONE);
        comment.add(worker, new AddTaskCommentCommand(new TaskId(task.id()), TaskComment.written("ours", true)));
        comment.add(worker, new AddTaskCommentCommand(new TaskId(task.id()), TaskComment.written("theirs", false)));
        ListTaskCommentsQuery all = new ListTaskCommentsQuery(new TaskId(task.id()), false, PageRequest.first());

        assertThat(comments.list(worker, all).items()).extracting(TaskCommentView::comment)
                .containsExactly("ours", "theirs");
        assertThat(comments.list(reader, all).items()).extracting(TaskCommentView::comment)
                .containsExactly("theirs");
        assertThat(comments.list(worker, new ListTaskCommentsQuery(new TaskId(task.id()), true, PageRequest.first()))
                .items()).extracting(TaskCommentView::comment).containsExactly("theirs");
    }

    @Test
    void a_completed_assessment_gets_one_task_per_gap_and_a_second_call_makes_none() {
        assertThatThrownBy(() -> gapTasks.create(worker, UNDERWAY))
                .hasFieldOrPropertyWithValue("code", "assessment_not_completed");

        GapTasksView first = gapTasks.create(worker, DONE);
        GapTasksView second = gapTasks.create(worker, DONE);

        assertThat(first.created()).extracting(TaskView::priority).containsExactly("high", "medium");
        assertThat(first.created()).extracting(TaskView::controlId).containsExactly(12L, 13L);
        assertThat(first.created().get(0).dueDate()).isEqualTo(NOW.plus(Duration.ofDays(10)));
        assertThat(second.created()).isEmpty();
        assertThat(second.alreadyPresent()).extracting(gap -> gap.taskId()).containsExactly(1L, 2L);
        assertThat(store.size()).isEqualTo(2);
        assertThat(audit.entries()).extracting(AuditEntry::action).filteredOn("task.create_gaps"::equals).hasSize(2);
    }
}
