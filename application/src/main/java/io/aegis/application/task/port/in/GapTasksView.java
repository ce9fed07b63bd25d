package io.aegis.application.task.port.in;

import java.util.List;

/**
 * What offering an assessment's gaps as tasks did: the tasks it created, and the gaps that already had one (which it
 * left alone), so that calling it again creates nothing twice.
 */
public record GapTasksView(long assessmentId, List<TaskView> created, List<GapView> alreadyPresent) {

    public GapTasksView {
        created = List.copyOf(created);
        alreadyPresent = List.copyOf(alreadyPresent);
    }
}
