package io.aegis.application.task.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLinks;
import io.aegis.domain.task.TaskPriority;
import io.aegis.domain.task.TaskProgress;
import io.aegis.domain.task.TaskType;
import java.time.Instant;

/**
 * The fields of a task to change: a field kept is {@link Patch#keep()}, a field set to null is cleared. The status
 * changes through transitions only; a new priority leaves the due date as it is.
 */
public record UpdateTaskCommand(TaskId id, ExpectedVersion expected, Patch<String> title, Patch<String> description,
                                Patch<TaskType> taskType, Patch<TaskPriority> priority, Patch<Instant> dueDate,
                                Patch<Instant> startDate, Patch<Integer> estimatedHours, Patch<Integer> actualHours,
                                Patch<Labels> tags, Patch<CustomFields> customFields, Patch<RiskId> risk,
                                Patch<AssessmentId> assessment, Patch<AssetId> asset, Patch<ControlId> control,
                                Patch<UserId> assignee, Patch<TaskProgress> progress) {

    /** {@code current} with the fields sent; the domain checks the result. */
    public TaskDetails detailsAfter(TaskDetails current) {
        return new TaskDetails(title.orElse(current.title()), description.orElse(current.description()),
                taskType.orElse(current.taskType()), priority.orElse(current.priority()),
                dueDate.orElse(current.dueDate()), startDate.orElse(current.startDate()),
                estimatedHours.orElse(current.estimatedHours()), actualHours.orElse(current.actualHours()),
                tags.orElse(current.tags()), customFields.orElse(current.customFields()));
    }

    public TaskLinks linksAfter(TaskLinks current) {
        return new TaskLinks(risk.orElse(current.risk()), assessment.orElse(current.assessment()),
                asset.orElse(current.asset()), control.orElse(current.control()));
    }

    public TaskProgress progressAfter(TaskProgress current) {
        return progress.orElse(current);
    }
}
