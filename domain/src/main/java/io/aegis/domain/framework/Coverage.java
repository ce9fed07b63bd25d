package io.aegis.domain.framework;

/** How much of a control another control's implementation meets, as a mapping (or a path of them) tells. */
public enum Coverage {
    FULL("full"),
    PARTIAL("partial"),
    NONE("none");

    private final String key;

    Coverage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
