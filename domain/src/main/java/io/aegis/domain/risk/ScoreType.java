package io.aegis.domain.risk;

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
        return RiskKeys.parse(field, key, values(), ScoreType::key);
    }
}
