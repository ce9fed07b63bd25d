package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored text to instants: the digit-by-digit reading of the usual shape and the formatter's of the others agree. */
class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-27 08:15:00.123       | 2026-11-27T08:15:00.123Z",
            "2026-11-27T08:15:00           | 2026-11-27T08:15:00Z",
            "' 2026-11-27 08:15:00.5 '     | 2026-11-27T08:15:00.500Z",
            "2026-11-27 08:15:00.123456789 | 2026-11-27T08:15:00.123456789Z",
            "2024-02-29 23:59:59.999       | 2024-02-29T23:59:59.999Z",
            // what only the formatter reads, as it always did: a month's day past its end, hour 24, a bare point
            "2026-02-29 10:00:00           | 2026-02-28T10:00:00Z",
            "2026-04-31 00:00:00           | 2026-04-30T00:00:00Z",
            "2026-01-01 24:00:00           | 2026-01-02T00:00:00Z",
            "2026-01-01 00:00:00.          | 2026-01-01T00:00:00Z",
            "2026-01-0108:00:00            | 2026-01-01T08:00:00Z"})
    void stored_text_reads_as_the_utc_instant_it_writes(String stored, String expected) {
        assertThat(converter.from(stored)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void text_that_is_no_timestamp_is_refused_by_either_reading() {
        for (String broken : new String[] {"0000-01-01 00:00:00", "2026-13-01 00:00:00", "2026-1-01 00:00:00",
                "2026-01-01 00:00:00.1234567890", "2026-01-01 0a:00:00", "yesterday"}) {
            assertThatThrownBy(() -> converter.from(broken)).as(broken).isInstanceOf(DateTimeParseException.class);
        }
        assertThat(converter.from(null)).isNull();
    }

    @Test
    void every_written_instant_reads_back() {
        Random random = new Random(20261206L);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(Instant.parse("1970-01-01T00:00:00Z").toEpochMilli(),
                    Instant.parse("2200-01-01T00:00:00Z").toEpochMilli()));
            assertThat(converter.from(converter.to(instant))).isEqualTo(instant);
            assertThat(converter.from(instant.toString().replace("Z", ""))).isEqualTo(instant);
        }
    }
}
