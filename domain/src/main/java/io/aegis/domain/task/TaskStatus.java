package io.aegis.domain.task;

import io.aegis.domain.shared.Keys;

/**
 * Where a task stands in its workflow; {@link TaskLifecycle} says which moves are allowed. The key is what the schema
 * stores and clients see.
 */
public enum TaskStatus {
    OPEN("open"),
    IN_PROGRESS("in_progress"),
    IN_REVIEW("in_review"),
    BLOCKED("blocked"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String key;

    TaskStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Done and cancelled tasks are settled: they are never overdue and their details no longer change. */
    public boolean settled() {
        return this == DONE || this == CANCELLED;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static TaskStatus parse(String field, String key) {
        return Keys.parse(field, key, values(), TaskStatus::key);
    }
}
