package io.aegis.domain.task;

import io.aegis.domain.shared.Keys;

/** How urgent a task is; it sets the default due date through {@link DueDateSla}. */
public enum TaskPriority {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String key;

    TaskPriority(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static TaskPriority parse(String field, String key) {
        return Keys.parse(field, key, values(), TaskPriority::key);
    }
}
