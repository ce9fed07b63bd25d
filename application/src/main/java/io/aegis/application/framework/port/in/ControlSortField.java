package io.aegis.application.framework.port.in;

import io.aegis.application.port.SortField;

public enum ControlSortField implements SortField {
    /** the catalog's order */
    POSITION("position"),
    ID("id"),
    CONTROL_ID("control_id"),
    TITLE("title");

    private final String key;

    ControlSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
