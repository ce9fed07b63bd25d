package io.aegis.application.testing;

import io.aegis.application.port.Page;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.ListTasksQuery;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.AssessmentGaps;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskReferences;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.Scope;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.task.ControlGap;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tasks, their comments and the gaps of assessments in memory, for the task services' tests: the users 1 and 2 are
 * active, and the assessments and their gaps are whatever a test gives. Lists are unfiltered and unpaged but for the
 * statuses and the internal flag, which the services' rules touch.
 */
public final class InMemoryTasks implements TaskRepository, TaskReadModel, TaskReferences, AssessmentGaps {

    private final Map<Long, Task> tasks = new LinkedHashMap<>();
    private final List<TaskCommentView> comments = new ArrayList<>();
    private final Map<AssessmentId, AssessedScope> assessments = new LinkedHashMap<>();
    private final Map<AssessmentId, List<ControlGap>> gaps = new LinkedHashMap<>();

    public InMemoryTasks withAssessment(AssessmentId id, AssessmentStatus status, List<ControlGap> itsGaps) {
        assessments.put(id, new AssessedScope(status, Optional.empty()));
        gaps.put(id, List.copyOf(itsGaps));
        return this;
    }

    public List<TaskCommentView> comments() {
        return List.copyOf(comments);
    }

    public int size() {
        return tasks.size();
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return Optional.ofNullable(tasks.get(id.value()));
    }

    @Override
    public TaskId create(Task task) {
        TaskId id = new TaskId(tasks.size() + 1L);
        tasks.put(id.value(), task.identifiedAs(id));
        return id;
    }

    @Override
    public boolean update(Task changed, Instant expectedVersion) {
        long id = changed.id().orElseThrow().value();
        if (!tasks.get(id).version().equals(expectedVersion)) {
            return false;
        }
        tasks.put(id, changed);
        return true;
    }

    @Override
    public long addComment(TaskId task, TaskComment comment, UserId author, Instant at) {
        long id = comments.size() + 1L;
        comments.add(new TaskCommentView(id, task.value(), comment.text(), comment.type().key(), comment.internal(),
                author.value(), at));
        return id;
    }

    @Override
    public Page<TaskView> list(ListTasksQuery query, Instant now) {
        List<TaskView> items = tasks.values().stream()
                .filter(task -> query.statuses().isEmpty() || query.statuses().contains(task.status()))
                .map(task -> TaskView.of(task, now)).toList();
        return Page.of(items, items.size(), query.page());
    }

    @Override
    public Optional<TaskView> find(TaskId id, Instant now) {
        return findById(id).map(task -> TaskView.of(task, now));
    }

    @Override
    public Page<TaskCommentView> comments(ListTaskCommentsQuery query) {
        List<TaskCommentView> items = comments.stream().filter(comment -> comment.taskId() == query.task().value())
                .filter(comment -> !query.externalOnly() || !comment.internal()).toList();
        return Page.of(items, items.size(), query.page());
    }

    @Override
    public Optional<TaskCommentView> comment(long id) {
        return comments.stream().filter(comment -> comment.id() == id).findFirst();
    }

    @Override
    public boolean activeRisk(RiskId risk, Scope visible) {
        return false;
    }

    @Override
    public boolean activeAsset(AssetId asset, Scope visible) {
        return false;
    }

    @Override
    public boolean assessment(AssessmentId assessment) {
        return assessments.containsKey(assessment);
    }

    @Override
    public boolean control(ControlId control) {
        return false;
    }

    @Override
    public boolean activeUser(UserId user) {
        return user.value() <= 2;
    }

    @Override
    public Optional<AssessedScope> find(AssessmentId assessment) {
        return Optional.ofNullable(assessments.get(assessment));
    }

    @Override
    public List<ControlGap> gaps(AssessmentId assessment) {
        return gaps.getOrDefault(assessment, List.of());
    }

    @Override
    public Map<ControlId, TaskId> tasked(AssessmentId assessment) {
        Map<ControlId, TaskId> tasked = new LinkedHashMap<>();
        tasks.values().stream().filter(task -> assessment.equals(task.links().assessment()))
                .filter(task -> task.links().control() != null)
                .forEach(task -> tasked.putIfAbsent(task.links().control(), task.id().orElseThrow()));
        return tasked;
    }
}
