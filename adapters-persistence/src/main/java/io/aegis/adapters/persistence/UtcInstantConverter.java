package io.aegis.adapters.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.jooq.impl.AbstractConverter;

/**
 * Every DATETIME column holds UTC wall-clock time, exchanged with the driver as text
 * ({@code 2026-11-27 08:15:00.123}) rather than as a JDBC timestamp, for two reasons:
 * <ul>
 *   <li>no driver can shift it by the JVM's default time zone;</li>
 *   <li>mysql-connector-j takes MariaDB (which announces itself as "5.5.5-10.x") for a MySQL older than
 *       5.6.4 and silently drops the fractional seconds of timestamp parameters; text keeps them.</li>
 * </ul>
 * Written values always carry exactly three fraction digits, the format SQLite's own default
 * ({@code strftime('%Y-%m-%d %H:%M:%f','now')}) produces, so stored text compares and sorts correctly.
 */
public final class UtcInstantConverter extends AbstractConverter<String, Instant> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** Reads what either database returns: a space or a 'T', and 0 to 9 fraction digits. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    public UtcInstantConverter() {
        super(String.class, Instant.class);
    }

    @Override
    public Instant from(String stored) {
        return stored == null ? null : LocalDateTime.parse(stored.strip(), READ).toInstant(ZoneOffset.UTC);
    }

    @Override
    public String to(Instant instant) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
