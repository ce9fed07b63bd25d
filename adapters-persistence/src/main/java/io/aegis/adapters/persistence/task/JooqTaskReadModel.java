package io.aegis.adapters.persistence.task;

import static io.aegis.adapters.persistence.jooq.Tables.TASKS;
import static io.aegis.adapters.persistence.jooq.Tables.TASK_COMMENTS;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.records.TaskCommentsRecord;
import io.aegis.application.port.Page;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.ListTasksQuery;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.in.TaskSortField;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Tasks and their comments. The overdue filter is the due date before now and a status not settled; the assignee
 * filter reads idx_tasks_assignee_status, the due-date order idx_tasks_due_date.
 */
public final class JooqTaskReadModel implements TaskReadModel {

    private static final List<String> SETTLED = Arrays.stream(TaskStatus.values()).filter(TaskStatus::settled)
            .map(TaskStatus::key).toList();

    /** Priorities by urgency, low first, whatever the keys' spelling sorts as. */
    private static final Field<Integer> URGENCY = DSL.case_(TASKS.PRIORITY)
            .when(TaskPriority.LOW.key(), 1)
            .when(TaskPriority.MEDIUM.key(), 2)
            .when(TaskPriority.HIGH.key(), 3)
            .when(TaskPriority.CRITICAL.key(), 4)
            .else_(2);

    private final DSLContext dsl;

    public JooqTaskReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<TaskView> list(ListTasksQuery query, Instant now) {
        Condition where = matching(query, now);
        List<TaskView> items = dsl.selectFrom(TASKS)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqTaskReadModel::column, TASKS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> TaskView.of(TaskRows.toDomain(row), now));
        return Page.of(items, dsl.fetchCount(TASKS, where), query.page());
    }

    @Override
    public Optional<TaskView> find(TaskId id, Instant now) {
        return dsl.selectFrom(TASKS).where(TASKS.ID.eq(Math.toIntExact(id.value())))
                .fetchOptional(row -> TaskView.of(TaskRows.toDomain(row), now));
    }

    @Override
    public Page<TaskCommentView> comments(ListTaskCommentsQuery query) {
        Condition where = TASK_COMMENTS.TASK_ID.eq(Math.toIntExact(query.task().value()));
        if (query.externalOnly()) {
            where = where.and(TASK_COMMENTS.IS_INTERNAL.isFalse());
        }
        List<TaskCommentView> items = dsl.selectFrom(TASK_COMMENTS)
                .where(where)
                .orderBy(TASK_COMMENTS.CREATED_AT, TASK_COMMENTS.ID)
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqTaskReadModel::toComment);
        return Page.of(items, dsl.fetchCount(TASK_COMMENTS, where), query.page());
    }

    @Override
    public Optional<TaskCommentView> comment(long id) {
        return dsl.selectFrom(TASK_COMMENTS).where(TASK_COMMENTS.ID.eq(Math.toIntExact(id)))
                .fetchOptional(JooqTaskReadModel::toComment);
    }

    /** An internal flag left null by another tool is the seed's default: internal. */
    private static TaskCommentView toComment(TaskCommentsRecord row) {
        return new TaskCommentView(row.getId(), row.getTaskId(), row.getComment(),
                row.getCommentType() == null ? "comment" : row.getCommentType(),
                !Boolean.FALSE.equals(row.getIsInternal()), row.getCreatedBy(), row.getCreatedAt());
    }

    private static Condition matching(ListTasksQuery query, Instant now) {
        Condition where = query.includeInactive() ? DSL.noCondition() : TASKS.IS_ACTIVE.isTrue();
        if (query.text().isPresent()) {
            where = where.and(TASKS.TITLE.containsIgnoreCase(query.text().get()));
        }
        if (!query.statuses().isEmpty()) {
            where = where.and(TASKS.STATUS.in(query.statuses().stream().map(TaskStatus::key).toList()));
        }
        if (query.priority().isPresent()) {
            where = where.and(TASKS.PRIORITY.eq(query.priority().get().key()));
        }
        if (query.assignee().isPresent()) {
            where = where.and(TASKS.ASSIGNED_TO_ID.eq(Math.toIntExact(query.assignee().get().value())));
        }
        if (query.overdue()) {
            where = where.and(TASKS.DUE_DATE.lt(now)).and(TASKS.STATUS.isNull().or(TASKS.STATUS.notIn(SETTLED)));
        }
        if (query.risk().isPresent()) {
            where = where.and(TASKS.RISK_ID.eq(Math.toIntExact(query.risk().get().value())));
        }
        if (query.asset().isPresent()) {
            where = where.and(TASKS.ASSET_ID.eq(Math.toIntExact(query.asset().get().value())));
        }
        if (query.assessment().isPresent()) {
            where = where.and(TASKS.ASSESSMENT_ID.eq(Math.toIntExact(query.assessment().get().value())));
        }
        if (query.control().isPresent()) {
            where = where.and(TASKS.CONTROL_ID.eq(Math.toIntExact(query.control().get().value())));
        }
        return where;
    }

    private static Field<?> column(TaskSortField field) {
        return switch (field) {
            case ID -> TASKS.ID;
            // the same order on both databases, whatever their collation
            case TITLE -> DSL.lower(TASKS.TITLE);
            case STATUS -> TASKS.STATUS;
            case PRIORITY -> URGENCY;
            case DUE_DATE -> TASKS.DUE_DATE;
            case PROGRESS -> TASKS.PROGRESS_PERCENTAGE;
            case CREATED_AT -> TASKS.CREATED_AT;
            case UPDATED_AT -> TASKS.UPDATED_AT;
        };
    }
}
