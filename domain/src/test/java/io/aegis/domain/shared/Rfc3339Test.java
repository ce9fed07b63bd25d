package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    @ParameterizedTest
    @CsvSource({
        "2026-01-31T10:00:00Z,             2026-01-31T10:00:00Z",
        "2026-01-31T10:00:00+02:00,        2026-01-31T08:00:00Z",
        "2026-01-31T01:30:00-05:30,        2026-01-31T07:00:00Z",
        "2026-01-31T10:00:00+00:00,        2026-01-31T10:00:00Z",
        "2026-01-31T10:00:00-00:00,        2026-01-31T10:00:00Z",
        "2026-01-01T00:30:00+01:00,        2025-12-31T23:30:00Z",
        "2026-01-31T10:00:00.5Z,           2026-01-31T10:00:00.500Z",
        "2026-01-31T10:00:00.123456789Z,   2026-01-31T10:00:00.123456789Z",
        "2026-01-31t10:00:00z,             2026-01-31T10:00:00Z",
        "2028-02-29T12:00:00Z,             2028-02-29T12:00:00Z",
    })
    void an_rfc_3339_date_time_is_read_as_the_instant_it_names(String text, String instant) {
        assertThat(Rfc3339.parse("since", text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-01-31T10:00:00",           // no offset: the server's time zone would decide
        "2026-01-31",                    // a date is not a moment
        "2026-01-31 10:00:00Z",          // RFC 3339 allows a space only by mutual agreement
        "2027-02-29T12:00:00Z",          // no such day
        "2026-04-31T12:00:00Z",
        "2026-13-01T12:00:00Z",
        "2026-01-31T24:00:00Z",
        "2026-01-31T10:60:00Z",
        "2026-01-31T10:00:00+24:00",
        "2026-01-31T10:00:00.Z",
        "1769853600000",                 // epoch milliseconds are an ETag, not a timestamp
        "",
        " 2026-01-31T10:00:00Z",
    })
    void anything_else_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> Rfc3339.parse("since", text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("since"))
                .hasMessageContaining("RFC 3339");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-01-31T10:00Z",             // seconds are required
        "2026-01-31T10:00:00+0200",      // the offset needs its colon
        "2026-01-31T10:00:00+02",
        "+12026-01-31T10:00:00Z",        // four-digit years only
        "2026-01-31T10:00:00+02:00:30",  // offsets have no seconds
    })
    void forms_that_iso_8601_allows_but_rfc_3339_does_not_are_refused(String text) {
        assertThatThrownBy(() -> Rfc3339.parse("since", text)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-27T08:15:00Z,                  2026-11-27T08:15:00.000Z",
            "2026-11-27T08:15:00.12Z,               2026-11-27T08:15:00.120Z",
            "2026-11-27T08:15:00.123456789Z,        2026-11-27T08:15:00.123Z",
            "2026-11-27T09:15:00.999999+01:00,      2026-11-27T08:15:00.999Z",
            "0001-01-01T00:00:00.001Z,              0001-01-01T00:00:00.001Z",
            "9999-12-31T23:59:59.999999999Z,        9999-12-31T23:59:59.999Z",
            "2024-02-29T23:59:59.5-00:30,           2024-03-01T00:29:59.500Z"})
    void every_instant_is_written_in_utc_with_exactly_three_decimals_never_rounded_up(String given, String written) {
        assertThat(Rfc3339.format(Rfc3339.parse("t", given))).isEqualTo(written);
    }

    @Test
    void years_beyond_four_digits_are_written_as_the_formatter_writes_them() {
        assertThat(Rfc3339.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00.000Z");
        assertThat(Rfc3339.format(Instant.parse("-0001-01-01T00:00:00Z"))).isEqualTo("-0001-01-01T00:00:00.000Z");
    }
}
