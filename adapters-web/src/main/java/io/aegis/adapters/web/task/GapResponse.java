package io.aegis.adapters.web.task;

import io.aegis.application.task.port.in.GapView;

/** A gap of an assessment: a control not or partially implemented, its task's priority and its task, if made. */
public record GapResponse(long controlId, String controlLabel, String controlTitle, String implementationStatus,
                          String priority, Long taskId) {

    static GapResponse of(GapView view) {
        return new GapResponse(view.controlId(), view.controlLabel(), view.controlTitle(),
                view.implementationStatus(), view.priority(), view.taskId());
    }
}
