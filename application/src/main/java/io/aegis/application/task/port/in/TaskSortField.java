package io.aegis.application.task.port.in;

import io.aegis.application.port.SortField;

/** Priority sorts by urgency (low before critical), not by its key's spelling. */
public enum TaskSortField implements SortField {
    ID("id"),
    TITLE("title"),
    STATUS("status"),
    PRIORITY("priority"),
    DUE_DATE("due_date"),
    PROGRESS("progress_percentage"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    TaskSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
