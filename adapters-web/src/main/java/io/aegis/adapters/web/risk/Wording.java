package io.aegis.adapters.web.risk;

import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    /** A score as the matrix writes it ({@code 20}, not {@code 20.0}); a dash when there is none. */
    static String score(Double score) {
        if (score == null) {
            return "–";
        }
        return score == Math.rint(score) ? String.valueOf(score.longValue()) : String.valueOf(score);
    }

    /** A day, as the register keeps dates (UTC); empty when there is none. */
    static String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
