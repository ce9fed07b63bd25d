package io.aegis.domain.compliance;

/** Where a control's status in a posture comes from. */
public enum PostureSource {
    /** The latest completed assessment of the control's own framework evaluated it. */
    DIRECT("direct"),
    /** An assessment of another framework evaluated a control this one is mapped to. */
    INFERRED("inferred"),
    /** Nothing says: the control counts as not assessed. */
    NONE("none");

    private final String key;

    PostureSource(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
