package io.aegis.application.assessment.port.in;

import io.aegis.application.port.SortField;

public enum AssessmentSortField implements SortField {
    ID("id"),
    NAME("name"),
    STATUS("status"),
    DUE_DATE("due_date"),
    OVERALL_SCORE("overall_score"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    AssessmentSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
