package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;

/**
 * What a control's link to a risk means. A planned control is intended to treat the risk; a claimed one is relied on
 * by the risk's residual rating, so an assessment finding it not implemented leaves that rating unsupported
 * ({@link TreatmentGap}).
 */
public enum TreatmentState {
    PLANNED("planned"),
    CLAIMED("claimed");

    private final String key;

    TreatmentState(String key) {
        this.key = key;
    }

    /** What the schema stores and clients see; it never changes once released. */
    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static TreatmentState parse(String field, String key) {
        return Keys.parse(field, key, values(), TreatmentState::key);
    }
}
