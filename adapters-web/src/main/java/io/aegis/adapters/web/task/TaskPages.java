package io.aegis.adapters.web.task;

import io.aegis.adapters.web.PageController;
import io.aegis.adapters.web.PageRoute;
import io.aegis.adapters.web.page.Chrome;
import io.aegis.adapters.web.page.FormErrors;
import io.aegis.adapters.web.page.Forms;
import io.aegis.adapters.web.page.PageLinks.Option;
import io.aegis.adapters.web.page.Pages;
import io.aegis.adapters.web.page.Section;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.application.evidence.port.in.ListTaskLinksUseCase;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.PageRequest;
import io.aegis.application.port.Patch;
import io.aegis.application.port.SortOrder;
import io.aegis.application.task.port.in.AddTaskCommentCommand;
import io.aegis.application.task.port.in.CreateTaskCommand;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.ListTasksQuery;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.in.TaskPorts;
import io.aegis.application.task.port.in.TaskSortField;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.in.TransitionTaskCommand;
import io.aegis.application.task.port.in.UpdateTaskCommand;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLifecycle;
import io.aegis.domain.task.TaskLinks;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskProgress;
import io.aegis.domain.task.TaskStatus;
import io.aegis.domain.task.TaskType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /tasks}: my tasks (assigned to me, the soonest due, so the overdue, first), the board (a column per status,
 * a card moved by a form post per allowed move), a task's page (its workflow, progress, comments and evidence), the
 * new-task form, and the remediation tasks of an assessment's gaps. The same use cases as the API; every page works
 * without script.
 *
 * @param evidence the evidence attached to a task, for its page's Evidence section
 */
public record TaskPages(TaskPorts tasks, ListTaskLinksUseCase evidence) implements PageController {

    static final String TASKS = "/tasks";
    private static final Set<String> FILTERS = Set.of("q", "status", "priority", "overdue", "assessment_id",
            "risk_id", "asset_id", "control_id");
    private static final Set<TaskStatus> UNSETTLED = Arrays.stream(TaskStatus.values())
            .filter(status -> !status.settled()).collect(Collectors.toUnmodifiableSet());
    private static final int BOARD_COLUMN = 100;
    /** The board and its own query string: a move made there returns to it, and a form cannot send one elsewhere. */
    private static final Pattern BACK_TO_BOARD = Pattern.compile("board(\\?[A-Za-z0-9_=&%+.,-]*)?");

    @Override
    public List<PageRoute> pages() {
        return List.of(
                PageRoute.get(TASKS, this::myTasks),
                PageRoute.get(TASKS + "/board", this::board),
                PageRoute.get(TASKS + "/new", this::newTaskForm),
                PageRoute.post(TASKS + "/new", this::create),
                PageRoute.get(TASKS + "/{id}", this::taskPage),
                PageRoute.post(TASKS + "/{id}/transitions", this::transition),
                PageRoute.post(TASKS + "/{id}/progress", this::progress),
                PageRoute.post(TASKS + "/{id}/assignee", this::assignToMe),
                PageRoute.post(TASKS + "/{id}/comments", this::comment),
                PageRoute.post("/assessments/{id}/gaps/tasks", this::gapTasks));
    }

    /** Assigned to me and not settled unless the URL names statuses; the soonest due first, so the overdue on top. */
    private void myTasks(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        ListTasksQuery asked = TaskController.query(ListParams.parse(ctx, TaskSortField.class, FILTERS));
        ListTasksQuery mine = new ListTasksQuery(asked.text(), asked.statuses().isEmpty() ? UNSETTLED
                : asked.statuses(), asked.priority(), actor.userId().map(UserId::new), asked.overdue(), asked.risk(),
                asked.asset(), asked.assessment(), asked.control(), false,
                List.of(new SortOrder<>(TaskSortField.DUE_DATE, false)), asked.page());
        Pages.render(ctx, "task/tasks.jte", new MyTasksPage(Chrome.of(ctx, "My tasks", Section.TASKS),
                tasks.list().list(actor, mine).items(), Forms.text(ctx, "q"),
                Option.ofKeys(TaskPriority.values(), TaskPriority::key, Forms.text(ctx, "priority")),
                "true".equals(ctx.queryParam("overdue"))));
    }

    private void board(Context ctx) {
        Actor actor = RequestActors.of(ctx);
        ListTasksQuery asked = TaskController.query(ListParams.parse(ctx, TaskSortField.class, FILTERS));
        List<BoardColumn> columns = Arrays.stream(TaskStatus.values()).map(status -> new BoardColumn(status.key(),
                tasks.list().list(actor, new ListTasksQuery(asked.text(), Set.of(status), asked.priority(),
                        Optional.empty(), asked.overdue(), asked.risk(), asked.asset(), asked.assessment(),
                        asked.control(), false, List.of(), new PageRequest(BOARD_COLUMN, 0))).items().stream()
                        .map(task -> new Card(task, moves(task))).toList())).toList();
        Pages.render(ctx, "task/board.jte", new BoardPage(Chrome.of(ctx, "Task board", Section.TASKS), columns,
                Optional.ofNullable(ctx.queryString()).map(query -> "?" + query).orElse("")));
    }

    private void newTaskForm(Context ctx) {
        renderNew(ctx, Map.of(), FormErrors.none());
    }

    private void create(Context ctx) {
        Map<String, String> typed = new HashMap<>();
        List.of("title", "description", "task_type", "priority", "due_date").forEach(field ->
                typed.put(field, Forms.text(ctx, field)));
        FormErrors.whenRefused(() -> {
            FieldErrors errors = new FieldErrors();
            TaskType type = errors.attempt(() -> TaskType.parse("task_type", typed.get("task_type")));
            TaskPriority priority = errors.attempt(() -> TaskPriority.parse("priority", typed.get("priority")));
            Optional<LocalDate> due = errors.attempt(() -> date("due_date", typed.get("due_date")));
            errors.throwIfAny();
            TaskDetails details = errors.attempt(() -> new TaskDetails(typed.get("title"), typed.get("description"),
                    type, priority, due.map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null), null,
                    null, null, Labels.none(), CustomFields.none()));
            errors.throwIfAny();
            TaskView created = tasks.create().create(RequestActors.of(ctx), new CreateTaskCommand(details,
                    TaskLinks.NONE, Optional.empty()));
            Pages.seeOther(ctx, TASKS + "/" + created.id());
        }).ifPresent(errors -> renderNew(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), typed, errors));
    }

    private void renderNew(Context ctx, Map<String, String> typed, FormErrors errors) {
        Pages.render(ctx, "task/new.jte", new NewTaskPage(Chrome.of(ctx, "New task", Section.TASKS), typed,
                Option.ofKeys(TaskType.values(), TaskType::key,
                        typed.getOrDefault("task_type", TaskType.REMEDIATION.key())),
                Option.ofKeys(TaskPriority.values(), TaskPriority::key,
                        typed.getOrDefault("priority", TaskPriority.MEDIUM.key())), errors));
    }

    private void taskPage(Context ctx) {
        renderTask(ctx, taskId(ctx), FormErrors.none());
    }

    /**
     * A move from the task page, or from the board when the form says so ({@code back=board?<its filters>}): back to
     * the board as it was filtered, never anywhere else.
     */
    private void transition(Context ctx) {
        TaskId id = taskId(ctx);
        String back = Forms.text(ctx, "back");
        respond(ctx, id, FormErrors.whenRefused(() -> tasks.transition().transition(RequestActors.of(ctx),
                new TransitionTaskCommand(id, ExpectedVersion.ANY, TaskStatus.parse("to", Forms.text(ctx, "to"))))),
                BACK_TO_BOARD.matcher(back).matches() ? TASKS + "/" + back + "#task-" + id : TASKS + "/" + id);
    }

    private void progress(Context ctx) {
        TaskId id = taskId(ctx);
        respond(ctx, id, FormErrors.whenRefused(() -> tasks.update().update(RequestActors.of(ctx), changes(id,
                Patch.set(progress(Forms.text(ctx, "progress_percentage"))), Patch.keep()))), TASKS + "/" + id);
    }

    private void assignToMe(Context ctx) {
        TaskId id = taskId(ctx);
        Actor actor = RequestActors.of(ctx);
        respond(ctx, id, FormErrors.whenRefused(() -> tasks.update().update(actor, changes(id, Patch.keep(),
                Patch.set(actor.userId().map(UserId::new).orElse(null))))), TASKS + "/" + id);
    }

    private void comment(Context ctx) {
        TaskId id = taskId(ctx);
        respond(ctx, id, FormErrors.whenRefused(() -> tasks.addComment().add(RequestActors.of(ctx),
                new AddTaskCommentCommand(id, TaskComment.written(Forms.text(ctx, "comment"),
                        !"true".equals(ctx.formParam("external")))))), TASKS + "/" + id + "#comments");
    }

    private void gapTasks(Context ctx) {
        AssessmentId id = new AssessmentId(PathIds.id(ctx, "id"));
        tasks.createGapTasks().create(RequestActors.of(ctx), id);
        Pages.seeOther(ctx, TASKS + "/board?assessment_id=" + id);
    }

    private static UpdateTaskCommand changes(TaskId id, Patch<TaskProgress> progress, Patch<UserId> assignee) {
        return new UpdateTaskCommand(id, ExpectedVersion.ANY, Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(),
                Patch.keep(), Patch.keep(), Patch.keep(), assignee, progress);
    }

    private void respond(Context ctx, TaskId id, Optional<FormErrors> refused, String then) {
        refused.ifPresentOrElse(errors -> renderTask(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), id, errors),
                () -> Pages.seeOther(ctx, then));
    }

    private void renderTask(Context ctx, TaskId id, FormErrors errors) {
        Actor actor = RequestActors.of(ctx);
        TaskView task = tasks.get().get(actor, id);
        List<TaskCommentView> comments = tasks.listComments().list(actor, new ListTaskCommentsQuery(id, false,
                new PageRequest(PageRequest.MAX_LIMIT, 0))).items();
        // the evidence section is shown to those who read evidence; restricted evidence only to whom it is open
        boolean readsEvidence = actor.may(Permission.EVIDENCE_READ);
        List<TaskLinkView> attached = readsEvidence ? evidence.ofTask(actor, id.value()) : List.of();
        Pages.render(ctx, "task/task.jte", new TaskPage(Chrome.of(ctx, task.title(), Section.TASKS), task,
                moves(task), comments, readsEvidence, attached, errors));
    }

    private static List<String> moves(TaskView task) {
        return TaskLifecycle.allowedFrom(TaskStatus.parse("status", task.status())).stream().sorted()
                .map(TaskStatus::key).toList();
    }

    private static Optional<LocalDate> date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date such as 2026-12-31");
        }
    }

    private static TaskProgress progress(String raw) {
        try {
            return new TaskProgress(Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("progress_percentage", "must be a whole number from 0 to 100");
        }
    }

    private static TaskId taskId(Context ctx) {
        return new TaskId(PathIds.id(ctx, "id"));
    }

    public record MyTasksPage(Chrome chrome, List<TaskView> tasks, String text, List<Option> priorities,
                              boolean overdue) {
    }

    /** @param query the board's own filters, kept by its links */
    public record BoardPage(Chrome chrome, List<BoardColumn> columns, String query) {
    }

    public record BoardColumn(String status, List<Card> cards) {
    }

    /** @param moves the statuses the task may move to now, each a button */
    public record Card(TaskView task, List<String> moves) {
    }

    public record NewTaskPage(Chrome chrome, Map<String, String> typed, List<Option> types, List<Option> priorities,
                              FormErrors errors) {

        public String value(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    /** @param moves the statuses the task may move to now */
    /**
     * @param readsEvidence whether the reader reads evidence: the evidence section is theirs
     * @param evidence      the evidence attached to this task that the reader may read
     */
    public record TaskPage(Chrome chrome, TaskView task, List<String> moves, List<TaskCommentView> comments,
                           boolean readsEvidence, List<TaskLinkView> evidence, FormErrors errors) {
    }
}
