package io.aegis.domain.task;

import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.OptionalTexts;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.Objects;

/**
 * What describes a task besides its workflow, links and assignee: plain data with bounds. The due date is null only
 * until {@link Task#open} derives it from the priority. Texts and dates are null when absent.
 */
public record TaskDetails(String title, String description, TaskType taskType, TaskPriority priority,
                          Instant dueDate, Instant startDate, Integer estimatedHours, Integer actualHours, Labels tags,
                          CustomFields customFields) {

    public static final int TITLE_LENGTH = 500;
    public static final int MAX_HOURS = 100_000;

    public TaskDetails {
        title = Names.require("title", title, TITLE_LENGTH);
        description = OptionalTexts.text("description", description);
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(priority, "priority");
        dueDate = dueDate == null ? null : Timestamps.truncate(dueDate);
        startDate = startDate == null ? null : Timestamps.truncate(startDate);
        requireHours("estimated_hours", estimatedHours);
        requireHours("actual_hours", actualHours);
        tags = tags == null ? Labels.none() : tags;
        customFields = customFields == null ? CustomFields.none() : customFields;
    }

    private static void requireHours(String field, Integer hours) {
        if (hours != null && (hours < 0 || hours > MAX_HOURS)) {
            throw new InvalidValueException(field, "must be between 0 and " + MAX_HOURS);
        }
    }

    TaskDetails dueOn(Instant due) {
        return new TaskDetails(title, description, taskType, priority, due, startDate, estimatedHours, actualHours,
                tags, customFields);
    }

    TaskDetails startedOn(Instant start) {
        return new TaskDetails(title, description, taskType, priority, dueDate, start, estimatedHours, actualHours,
                tags, customFields);
    }
}
