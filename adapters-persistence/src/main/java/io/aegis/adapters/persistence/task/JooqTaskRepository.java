package io.aegis.adapters.persistence.task;

import static io.aegis.adapters.persistence.jooq.Tables.TASKS;
import static io.aegis.adapters.persistence.jooq.Tables.TASK_COMMENTS;

import io.aegis.adapters.persistence.VersionedTable;
import io.aegis.adapters.persistence.jooq.tables.records.TasksRecord;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

public final class JooqTaskRepository implements TaskRepository {

    private static final VersionedTable<TasksRecord> TABLE = new VersionedTable<>(TASKS, TASKS.ID, TASKS.CREATED_AT,
            TASKS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqTaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return dsl.selectFrom(TASKS).where(TASKS.ID.eq(Math.toIntExact(id.value()))).fetchOptional()
                .map(TaskRows::toDomain);
    }

    @Override
    public TaskId create(Task task) {
        return new TaskId(TABLE.insert(dsl, TaskRows.newRow(task)));
    }

    @Override
    public boolean update(Task changed, Instant expectedVersion) {
        return TABLE.update(dsl, TaskRows.newRow(changed), changed.id().orElseThrow().value(), expectedVersion);
    }

    @Override
    public long addComment(TaskId task, TaskComment comment, UserId author, Instant at) {
        return dsl.insertInto(TASK_COMMENTS)
                .set(TASK_COMMENTS.TASK_ID, Math.toIntExact(task.value()))
                .set(TASK_COMMENTS.COMMENT, comment.text())
                .set(TASK_COMMENTS.COMMENT_TYPE, comment.type().key())
                .set(TASK_COMMENTS.IS_INTERNAL, comment.internal())
                .set(TASK_COMMENTS.CREATED_BY, Math.toIntExact(author.value()))
                .set(TASK_COMMENTS.CREATED_AT, at)
                .set(TASK_COMMENTS.UPDATED_AT, at)
                .returningResult(TASK_COMMENTS.ID)
                .fetchOne(TASK_COMMENTS.ID);
    }
}
