package io.aegis.application.task.port.out;

import io.aegis.application.port.OrganisationWide;
import io.aegis.application.port.Page;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.ListTasksQuery;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;

/** Tasks and their comments, straight from storage; {@code now} decides what is overdue. */
@OrganisationWide("tasks belong to no unit: like the assessments whose gaps they remediate, the whole organisation"
        + " works them")
public interface TaskReadModel {

    Page<TaskView> list(ListTasksQuery query, Instant now);

    Optional<TaskView> find(TaskId id, Instant now);

    Page<TaskCommentView> comments(ListTaskCommentsQuery query);

    Optional<TaskCommentView> comment(long id);
}
