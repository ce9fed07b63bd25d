package io.aegis.domain.task;

import io.aegis.domain.shared.Keys;

/** What kind of work a task is; remediation tasks close gaps that assessments found. */
public enum TaskType {
    REMEDIATION("remediation"),
    REVIEW("review"),
    EVIDENCE_COLLECTION("evidence_collection"),
    POLICY("policy"),
    TRAINING("training"),
    OTHER("other");

    private final String key;

    TaskType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static TaskType parse(String field, String key) {
        return Keys.parse(field, key, values(), TaskType::key);
    }
}
