package io.aegis.domain.assessment;

import io.aegis.domain.shared.Keys;

/**
 * Where an assessment stands in its workflow; {@link AssessmentLifecycle} says which moves are allowed. The key is
 * what the schema stores and clients see.
 */
public enum AssessmentStatus {
    PLANNING("planning"),
    IN_PROGRESS("in_progress"),
    UNDER_REVIEW("under_review"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String key;

    AssessmentStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * Controls are evaluated while the assessment is planned or carried out; once it is under review the reviewer
     * judges a fixed set of evaluations, and a completed or cancelled one is a record that no longer changes.
     */
    public boolean acceptsEvaluations() {
        return this == PLANNING || this == IN_PROGRESS;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static AssessmentStatus parse(String field, String key) {
        return Keys.parse(field, key, values(), AssessmentStatus::key);
    }
}
