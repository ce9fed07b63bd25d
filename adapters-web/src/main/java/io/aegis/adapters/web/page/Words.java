package io.aegis.adapters.web.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages put the API's keys and dates into words. */
public final class Words {

    private Words() {
    }

    /** {@code network_device} as "Network device". */
    public static String label(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A day, as Aegis keeps dates (UTC); empty when there is none. */
    public static String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
