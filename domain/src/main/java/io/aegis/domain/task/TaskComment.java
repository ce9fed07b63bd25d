package io.aegis.domain.task;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.OptionalTexts;
import java.util.Objects;

/**
 * A comment on a task: written by a person, or the record of a status or assignee change that Aegis writes itself.
 * An internal comment is for the people working the task; one that is not internal is what an external auditor may
 * see. The records of changes are not internal: a task's history is what an auditor follows.
 */
public record TaskComment(String text, CommentType type, boolean internal) {

    public TaskComment {
        text = OptionalTexts.text("comment", text);
        if (text == null) {
            throw new InvalidValueException("comment", "is required");
        }
        Objects.requireNonNull(type, "type");
    }

    public static TaskComment written(String text, boolean internal) {
        return new TaskComment(text, CommentType.COMMENT, internal);
    }

    public static TaskComment statusChanged(TaskStatus from, TaskStatus to) {
        return new TaskComment("Status changed from " + from.key() + " to " + to.key(), CommentType.STATUS_CHANGE,
                false);
    }

    public static TaskComment reassigned(UserId from, UserId to) {
        return new TaskComment("Assignee changed from " + name(from) + " to " + name(to), CommentType.STATUS_CHANGE,
                false);
    }

    private static String name(UserId user) {
        return user == null ? "nobody" : "user " + user;
    }
}
