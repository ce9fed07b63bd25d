package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "1.2.3.4", "192.0.2.1", "10.0.0.255", "255.255.255.255", "100.64.0.10"})
    void valid_ipv4_is_kept_as_is(String text) {
        IpAddress address = new IpAddress(text);
        assertThat(address.value()).isEqualTo(text);
        assertThat(address.isIpv6()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.2.3.4", "1.2.3.04", "1.2.3.00", "256.1.1.1", "1.2.3.999", "1.2.3", "1.2.3.4.5",
            "1..2.3", ".1.2.3", "1.2.3.4.", "1.2.3.a", "1.2.3.-4", "1.2.3.+4", "1.2.3.4/24", "1 .2.3.4",
            "localhost", "1.2.3.4444", "0x1.2.3.4", "١.٢.٣.٤"})
    void malformed_ipv4_is_refused(String text) {
        assertRefused(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // RFC 5952 section 4: leading zeros dropped, lower case, longest zero run compressed
            "2001:0db8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1",
            "2001:db8:0:0:0:0:2:1,                    2001:db8::2:1",
            "2001:db8::0:1,                           2001:db8::1",
            "2001:db8::1:0:0:1,                       2001:db8::1:0:0:1",
            "2001:0db8::0001,                         2001:db8::1",
            "2001:db8:aaaa:bbbb:cccc:dddd:eeee:0001,  2001:db8:aaaa:bbbb:cccc:dddd:eeee:1",
            "2001:DB8::ABCD:EF,                       2001:db8::abcd:ef",
            // 4.2.2: a single zero group is not compressed
            "2001:db8:0:1:1:1:1:1,                    2001:db8:0:1:1:1:1:1",
            "2001:db8::1:1:1:1:1,                     2001:db8:0:1:1:1:1:1",
            // 4.2.3: the longest run wins; of equal runs the first
            "2001:0:0:1:0:0:0:1,                      2001:0:0:1::1",
            "2001:db8:0:0:1:0:0:1,                    2001:db8::1:0:0:1",
            // ends and the extremes
            "0:0:0:0:0:0:0:0,                         ::",
            "::,                                      ::",
            "0:0:0:0:0:0:0:1,                         ::1",
            "1:0:0:0:0:0:0:0,                         1::",
            "1::,                                     1::",
            "fe80:0:0:0:0:0:0:0001,                   fe80::1",
            "FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "1:2:3:4:5:6:7::,                         1:2:3:4:5:6:7:0",
            "::2:3:4:5:6:7:8,                         0:2:3:4:5:6:7:8",
            "1:0:0:2:0:0:0:3,                         1:0:0:2::3",
            // section 5: IPv4-mapped addresses end in a dotted quad, whatever the input
            "::ffff:192.0.2.1,                        ::ffff:192.0.2.1",
            "::FFFF:c000:0201,                        ::ffff:192.0.2.1",
            "0:0:0:0:0:ffff:192.0.2.1,                ::ffff:192.0.2.1",
            "0000:0000:0000:0000:0000:ffff:255.255.255.255, ::ffff:255.255.255.255",
            "::ffff:0:0,                              ::ffff:0.0.0.0",
            // other embedded IPv4 forms are valid text but not mapped: written in hex
            "::192.0.2.1,                             ::c000:201",
            "64:ff9b::192.0.2.33,                     64:ff9b::c000:221",
            "1:2:3:4:5:6:1.2.3.4,                     1:2:3:4:5:6:102:304",
            "::1:ffff:1.2.3.4,                        ::1:ffff:102:304",
    })
    void valid_ipv6_is_stored_in_rfc_5952_canonical_form(String text, String canonical) {
        IpAddress address = new IpAddress(text);
        assertThat(address.value()).isEqualTo(canonical);
        assertThat(address.isIpv6()).isTrue();
        assertThat(new IpAddress(canonical)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {":", ":::", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::",
            "::1:2:3:4:5:6:7:8", "1::2::3", "1:::2", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", ":1::", "1::2:",
            "12345::", "g::1", "1:2:3:4:5:6:7:8g", "::ffff:1.2.3", "::ffff:256.1.1.1", "::ffff:01.2.3.4",
            "1.2.3.4::", "::1.2.3.4:1", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3.4.5", "1:2:3:4:5:6:1.2.3.4:5",
            "[::1]", "::1/128", "::-1", ":: 1", "::+1", "0x1::"})
    void malformed_ipv6_is_refused(String text) {
        assertRefused(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fe80::1%eth0", "fe80::1%1", "::1%"})
    void zone_ids_are_refused(String text) {
        assertThatThrownBy(() -> new IpAddress(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("ip_address");
                    assertThat(e.getMessage()).contains("zone");
                });
    }

    @Test
    void surrounding_white_space_is_dropped() {
        assertThat(new IpAddress("  2001:DB8::1 ").value()).isEqualTo("2001:db8::1");
    }

    @Test
    void the_longest_textual_form_fits_the_column_and_longer_input_is_refused() {
        String longest = "0000:0000:0000:0000:0000:ffff:255.255.255.255";
        assertThat(longest).hasSize(IpAddress.MAX_LENGTH);
        assertThat(new IpAddress(longest).value()).isEqualTo("::ffff:255.255.255.255");
        assertRefused("0" + longest);
        assertRefused("1".repeat(10_000));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_address_is_refused(String text) {
        assertRefused(text);
    }

    private static void assertRefused(String text) {
        assertThatThrownBy(() -> new IpAddress(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("ip_address"));
    }
}
