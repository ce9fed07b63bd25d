package io.aegis.adapters.web.task;

import io.aegis.application.task.port.in.GapTasksView;
import java.util.List;

/** What {@code POST /assessments/{id}/gaps/tasks} did: the tasks made, and the gaps that already had one. */
public record GapTasksResponse(long assessmentId, List<TaskResponse> created, List<GapResponse> alreadyPresent) {

    static GapTasksResponse of(GapTasksView view) {
        return new GapTasksResponse(view.assessmentId(), view.created().stream().map(TaskResponse::of).toList(),
                view.alreadyPresent().stream().map(GapResponse::of).toList());
    }
}
