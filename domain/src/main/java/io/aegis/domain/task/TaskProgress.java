package io.aegis.domain.task;

import io.aegis.domain.shared.InvalidValueException;

/** How far the work of a task is done, in percent: 0 to 100. A done task is at 100 ({@link Task}). */
public record TaskProgress(int percentage) {

    public static final TaskProgress NONE = new TaskProgress(0);
    public static final TaskProgress COMPLETE = new TaskProgress(100);

    public TaskProgress {
        if (percentage < 0 || percentage > 100) {
            throw new InvalidValueException("progress_percentage", "must be between 0 and 100");
        }
    }
}
