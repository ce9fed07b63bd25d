package io.aegis.adapters.web.task;

import io.aegis.adapters.web.ApiRoute;
import io.aegis.adapters.web.Controller;
import io.aegis.adapters.web.request.FieldErrors;
import io.aegis.adapters.web.request.JsonBodies;
import io.aegis.adapters.web.request.ListParams;
import io.aegis.adapters.web.request.ListResponse;
import io.aegis.adapters.web.request.Locations;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.RequestActors;
import io.aegis.adapters.web.request.Versions;
import io.aegis.application.port.Patch;
import io.aegis.application.task.port.in.AddTaskCommentCommand;
import io.aegis.application.task.port.in.CreateTaskCommand;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.ListTasksQuery;
import io.aegis.application.task.port.in.TaskPorts;
import io.aegis.application.task.port.in.TaskSortField;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.in.TransitionTaskCommand;
import io.aegis.application.task.port.in.UpdateTaskCommand;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLinks;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskProgress;
import io.aegis.domain.task.TaskStatus;
import io.aegis.domain.task.TaskType;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /tasks}: tasks, their workflow ({@code /tasks/{id}/transitions}) and comments ({@code /tasks/{id}/comments});
 * and an assessment's gaps ({@code /assessments/{id}/gaps}), offered as remediation tasks
 * ({@code POST /assessments/{id}/gaps/tasks}). Parses and checks the syntax, builds the command, calls the use case.
 */
public record TaskController(TaskPorts tasks) implements Controller {

    static final String PATH = "/tasks";
    private static final Set<String> FILTERS = Set.of("q", "status", "priority", "assigned_to_id", "overdue",
            "risk_id", "asset_id", "assessment_id", "control_id", "include_inactive");
    private static final Set<String> COMMENT_FILTERS = Set.of("external");

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(PATH, this::create),
                ApiRoute.get(PATH, this::list),
                ApiRoute.get(PATH + "/{id}", this::get),
                ApiRoute.patch(PATH + "/{id}", this::update),
                ApiRoute.post(PATH + "/{id}/transitions", this::transition),
                ApiRoute.get(PATH + "/{id}/comments", this::comments),
                ApiRoute.post(PATH + "/{id}/comments", this::comment),
                ApiRoute.get("/assessments/{id}/gaps", this::gaps),
                ApiRoute.post("/assessments/{id}/gaps/tasks", this::gapTasks));
    }

    private void create(Context ctx) {
        CreateTaskRequest body = JsonBodies.read(ctx, CreateTaskRequest.class);
        FieldErrors errors = new FieldErrors();
        TaskType type = errors.attempt(() -> body.taskType() == null ? TaskType.REMEDIATION
                : TaskType.parse("task_type", body.taskType()));
        TaskPriority priority = errors.attempt(() -> body.priority() == null ? TaskPriority.MEDIUM
                : TaskPriority.parse("priority", body.priority()));
        Labels tags = errors.attempt(() -> body.tags() == null ? Labels.none() : Labels.of("tags", body.tags()));
        CustomFields custom = errors.attempt(() -> body.customFields() == null ? CustomFields.none()
                : CustomFields.of("custom_fields", body.customFields()));
        Optional<RiskId> risk = errors.optional(body.riskId(), RiskId::new);
        Optional<AssessmentId> assessment = errors.optional(body.assessmentId(), AssessmentId::new);
        Optional<AssetId> asset = errors.optional(body.assetId(), AssetId::new);
        Optional<ControlId> control = errors.optional(body.controlId(), ControlId::new);
        Optional<UserId> assignee = errors.optional(body.assignedToId(), UserId::new);
        errors.throwIfAny();
        TaskDetails details = errors.attempt(() -> new TaskDetails(body.title(), body.description(), type, priority,
                body.dueDate(), body.startDate(), body.estimatedHours(), body.actualHours(), tags, custom));
        errors.throwIfAny();
        TaskLinks links = new TaskLinks(risk.orElse(null), assessment.orElse(null), asset.orElse(null),
                control.orElse(null));
        TaskView created = tasks.create().create(RequestActors.of(ctx), new CreateTaskCommand(details, links,
                assignee));
        respond(Locations.created(ctx, PATH, created.id()), created);
    }

    private void list(Context ctx) {
        ListParams<TaskSortField> params = ListParams.parse(ctx, TaskSortField.class, FILTERS);
        ctx.json(ListResponse.of(tasks.list().list(RequestActors.of(ctx), query(params)), TaskResponse::of));
    }

    /** The list's query from its parameters: the API's and the pages' (which read the same from their URL). */
    static ListTasksQuery query(ListParams<TaskSortField> params) {
        FieldErrors errors = new FieldErrors();
        Set<TaskStatus> statuses = errors.attempt(() -> params.keys("status", TaskStatus.values(), TaskStatus::key));
        Optional<TaskPriority> priority = errors.attempt(() -> params.text("priority")
                .map(key -> TaskPriority.parse("priority", key)));
        Optional<UserId> assignee = errors.attempt(() -> params.id("assigned_to_id").map(UserId::new));
        Boolean overdue = errors.attempt(() -> params.flag("overdue"));
        Optional<RiskId> risk = errors.attempt(() -> params.id("risk_id").map(RiskId::new));
        Optional<AssetId> asset = errors.attempt(() -> params.id("asset_id").map(AssetId::new));
        Optional<AssessmentId> assessment = errors.attempt(() -> params.id("assessment_id").map(AssessmentId::new));
        Optional<ControlId> control = errors.attempt(() -> params.id("control_id").map(ControlId::new));
        Boolean inactive = errors.attempt(() -> params.flag("include_inactive"));
        Optional<String> text = errors.attempt(() -> params.text("q").map(TaskController::searchText));
        errors.throwIfAny();
        return new ListTasksQuery(text, statuses, priority, assignee, overdue, risk, asset, assessment, control,
                inactive, params.sort(), params.page());
    }

    private static String searchText(String text) {
        if (text.length() > ListTasksQuery.MAX_TEXT_LENGTH) {
            throw new InvalidValueException("q", "must be at most " + ListTasksQuery.MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    private void get(Context ctx) {
        respond(ctx, tasks.get().get(RequestActors.of(ctx), taskId(ctx)));
    }

    private void update(Context ctx) {
        TaskId id = taskId(ctx);
        UpdateTaskRequest body = JsonBodies.readChanges(ctx, UpdateTaskRequest.class);
        FieldErrors errors = new FieldErrors();
        Patch<TaskType> type = errors.attempt(() -> body.taskType().map(key -> TaskType.parse("task_type", key)));
        Patch<TaskPriority> priority = errors.attempt(() -> body.priority()
                .map(key -> TaskPriority.parse("priority", key)));
        Patch<TaskProgress> progress = errors.attempt(() -> body.progressPercentage().map(TaskProgress::new));
        Patch<Labels> tags = errors.attempt(() -> body.tags().map(raw -> raw == null ? Labels.none()
                : Labels.of("tags", raw)));
        Patch<CustomFields> custom = errors.attempt(() -> body.customFields().map(raw -> raw == null
                ? CustomFields.none() : CustomFields.of("custom_fields", raw)));
        Patch<RiskId> risk = errors.attempt(() -> body.riskId().map(RiskId::new));
        Patch<AssessmentId> assessment = errors.attempt(() -> body.assessmentId().map(AssessmentId::new));
        Patch<AssetId> asset = errors.attempt(() -> body.assetId().map(AssetId::new));
        Patch<ControlId> control = errors.attempt(() -> body.controlId().map(ControlId::new));
        Patch<UserId> assignee = errors.attempt(() -> body.assignedToId().map(UserId::new));
        errors.throwIfAny();
        UpdateTaskCommand command = new UpdateTaskCommand(id, Versions.expected(ctx), body.title(),
                body.description(), type, priority, body.dueDate(), body.startDate(), body.estimatedHours(),
                body.actualHours(), tags, custom, risk, assessment, asset, control, assignee, progress);
        respond(ctx, tasks.update().update(RequestActors.of(ctx), command));
    }

    private void transition(Context ctx) {
        TaskId id = taskId(ctx);
        TransitionTaskRequest body = JsonBodies.read(ctx, TransitionTaskRequest.class);
        FieldErrors errors = new FieldErrors();
        TaskStatus to = errors.attempt(() -> TaskStatus.parse("to", body.to()));
        errors.throwIfAny();
        respond(ctx, tasks.transition().transition(RequestActors.of(ctx),
                new TransitionTaskCommand(id, Versions.expected(ctx), to)));
    }

    private void comments(Context ctx) {
        TaskId id = taskId(ctx);
        ListParams<TaskSortField> params = ListParams.parse(ctx, TaskSortField.class, COMMENT_FILTERS);
        ListTaskCommentsQuery query = new ListTaskCommentsQuery(id, params.flag("external"), params.page());
        ctx.json(ListResponse.of(tasks.listComments().list(RequestActors.of(ctx), query), TaskCommentResponse::of));
    }

    private void comment(Context ctx) {
        TaskId id = taskId(ctx);
        AddTaskCommentRequest body = JsonBodies.read(ctx, AddTaskCommentRequest.class);
        FieldErrors errors = new FieldErrors();
        TaskComment comment = errors.attempt(() -> TaskComment.written(body.comment(),
                !Boolean.FALSE.equals(body.internal())));
        errors.throwIfAny();
        ctx.status(201).json(TaskCommentResponse.of(tasks.addComment().add(RequestActors.of(ctx),
                new AddTaskCommentCommand(id, comment))));
    }

    private void gaps(Context ctx) {
        AssessmentId id = new AssessmentId(PathIds.id(ctx, "id"));
        ctx.json(Map.of("items", tasks.listGaps().list(RequestActors.of(ctx), id).stream().map(GapResponse::of)
                .toList()));
    }

    private void gapTasks(Context ctx) {
        AssessmentId id = new AssessmentId(PathIds.id(ctx, "id"));
        GapTasksResponse made = GapTasksResponse.of(tasks.createGapTasks().create(RequestActors.of(ctx), id));
        ctx.status(made.created().isEmpty() ? 200 : 201).json(made);
    }

    private static TaskId taskId(Context ctx) {
        return new TaskId(PathIds.id(ctx, "id"));
    }

    private static void respond(Context ctx, TaskView view) {
        Versions.respond(ctx, view.version(), TaskResponse.of(view));
    }
}
