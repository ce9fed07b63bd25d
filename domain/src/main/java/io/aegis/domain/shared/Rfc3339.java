package io.aegis.domain.shared;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Timestamps as Aegis exchanges them (API, CSV): RFC 3339 with its offset, read as the instant they name. */
public final class Rfc3339 {

    /**
     * RFC 3339 section 5.6 exactly, not the wider ISO 8601 that {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads
     * (minutes without seconds, {@code +02}, five-digit years, an empty fraction): the OpenAPI document promises
     * {@code date-time}, so a form a client gets away with here must not be one that other tools refuse.
     */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(YEAR, 4).appendLiteral('-').appendValue(MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(DAY_OF_MONTH, 2).appendLiteral('T')
            .appendValue(HOUR_OF_DAY, 2).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The one written form: UTC, always three decimals (timestamps are kept to the millisecond). */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private Rfc3339() {
    }

    /**
     * {@code 2026-11-27T08:15:00.120Z}: every instant Aegis writes in JSON has this one form, so that two answers
     * never show the same moment two ways (Jackson's own writes as many decimals as the value happens to have).
     */
    public static String format(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return WRITTEN.format(instant);
        }
        // written digit by digit: the formatter was a noticeable share of a list page's JSON (JFR, issue #11)
        char[] text = "0000-00-00T00:00:00.000Z".toCharArray();
        put(text, 0, 4, year);
        put(text, 5, 2, utc.getMonthValue());
        put(text, 8, 2, utc.getDayOfMonth());
        put(text, 11, 2, utc.getHour());
        put(text, 14, 2, utc.getMinute());
        put(text, 17, 2, utc.getSecond());
        put(text, 20, 3, utc.getNano() / 1_000_000);
        return new String(text);
    }

    /** Writes {@code value} in {@code width} decimal digits ending before {@code start + width}. */
    private static void put(char[] text, int start, int width, int value) {
        for (int i = start + width - 1; i >= start; i--, value /= 10) {
            text[i] = (char) ('0' + value % 10);
        }
    }

    /** @throws InvalidValueException naming {@code field} for anything but an RFC 3339 date-time with an offset */
    public static Instant parse(String field, String text) {
        try {
            return OffsetDateTime.parse(text, DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an RFC 3339 date-time such as 2026-01-31T00:00:00Z");
        }
    }
}
