package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;
/**
 * How an organisation chose to treat a risk: the four options of ISO 31000 (6.5) and ISO/IEC 27005 (8.5),
 * under the names practitioners use: mitigate (ISO "modify": controls lower likelihood or impact), accept
 * ("retain": live with it, an informed decision), transfer ("share": insurance, contracts) and avoid (stop
 * the activity). Any plan fits one of them; a finer vocabulary would only be local custom.
 */
public enum TreatmentStrategy {
    MITIGATE("mitigate"),
    ACCEPT("accept"),
    TRANSFER("transfer"),
    AVOID("avoid");

    private final String key;

    TreatmentStrategy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static TreatmentStrategy parse(String field, String key) {
        return Keys.parse(field, key, values(), TreatmentStrategy::key);
    }
}
