package io.aegis.domain.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Timestamps as Aegis exchanges them (API, CSV): RFC 3339 with its offset, read as the instant they name. */
public final class Rfc3339 {

    private Rfc3339() {
    }

    /** @throws InvalidValueException naming {@code field} for anything but an RFC 3339 date-time with an offset */
    public static Instant parse(String field, String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an RFC 3339 date-time such as 2026-01-31T00:00:00Z");
        }
    }
}
