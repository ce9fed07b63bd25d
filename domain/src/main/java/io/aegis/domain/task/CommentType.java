package io.aegis.domain.task;

import io.aegis.domain.shared.Keys;

/** A comment a person wrote, or the record of a change of a task's status or assignee that Aegis wrote itself. */
public enum CommentType {
    COMMENT("comment"),
    STATUS_CHANGE("status_change");

    private final String key;

    CommentType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static CommentType parse(String field, String key) {
        return Keys.parse(field, key, values(), CommentType::key);
    }
}
