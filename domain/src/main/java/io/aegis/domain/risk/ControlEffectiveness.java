package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;
/**
 * How well the existing controls work against a risk, on the four-step scale common to control
 * self-assessments and audit ratings (COSO, ISACA): none (no control, or one that does not operate), weak
 * (designed but failing often), partial (works, with gaps) and effective (designed and operating). Four
 * steps force a side to be taken; a middle value would invite "neutral" answers.
 */
public enum ControlEffectiveness {
    NONE("none"),
    WEAK("weak"),
    PARTIAL("partial"),
    EFFECTIVE("effective");

    private final String key;

    ControlEffectiveness(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static ControlEffectiveness parse(String field, String key) {
        return Keys.parse(field, key, values(), ControlEffectiveness::key);
    }
}
