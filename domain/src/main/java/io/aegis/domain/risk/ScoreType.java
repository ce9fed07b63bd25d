package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;
/** Which of a risk's two scores a rating is: before controls (inherent) or after them (residual). */
public enum ScoreType {
    INHERENT("inherent"),
    RESIDUAL("residual");

    private final String key;

    ScoreType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static ScoreType parse(String field, String key) {
        return Keys.parse(field, key, values(), ScoreType::key);
    }
}
