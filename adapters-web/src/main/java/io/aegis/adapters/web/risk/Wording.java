package io.aegis.adapters.web.risk;

import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskStatus;
import java.util.Locale;

/** How the pages name levels and statuses: the API's keys, in words. */
final class Wording {

    private Wording() {
    }

    static String label(String key) {
        String words = key.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static String label(RiskLevel level) {
        return label(level.key());
    }

    static String label(RiskStatus status) {
        return label(status.key());
    }
}
