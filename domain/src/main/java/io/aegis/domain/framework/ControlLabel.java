package io.aegis.domain.framework;

/**
 * A control's label as its catalog displays it ({@code AC-2(1)}, {@code GV.OC-01}): the seed's {@code control_id},
 * unique within a framework, by which a newer catalog updates the control in place. Compared exactly.
 */
public record ControlLabel(String value) {

    public static final int MAX_LENGTH = 50;

    public ControlLabel {
        value = CatalogText.required("control_id", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
