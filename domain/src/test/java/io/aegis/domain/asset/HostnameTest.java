package io.aegis.domain.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HostnameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "localhost,                 localhost",
            "db01.corp.example.com,     db01.corp.example.com",
            "DB01.Corp.Example.COM,     db01.corp.example.com",
            "www.example.com.,          www.example.com",
            "3com.com,                  3com.com",
            "a-b--c.example,            a-b--c.example",
            "xn--bcher-kva.example,     xn--bcher-kva.example",
            "1.2.3.example,             1.2.3.example",
            "'  host-1 ',               host-1",
    })
    void valid_names_are_held_lower_case_without_a_trailing_dot(String text, String normal) {
        assertThat(new Hostname(text).value()).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", ".example.com", "example..com", "example.com..", "-host.example",
            "host-.example", "ho_st.example", "host name", "bücher.example", "host.example/path", "host:80",
            "1.2.3.4", "host.123", "*.example.com"})
    void malformed_names_are_refused(String text) {
        assertRefused(text);
    }

    @Test
    void labels_hold_at_most_63_characters() {
        String label63 = "a".repeat(63);
        assertThat(new Hostname(label63 + ".example").value()).startsWith(label63);
        assertRefused("a".repeat(64) + ".example");
    }

    @Test
    void names_hold_at_most_253_characters_not_counting_a_trailing_dot() {
        String name253 = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61));
        assertThat(name253).hasSize(253);
        assertThat(new Hostname(name253).value()).isEqualTo(name253);
        assertThat(new Hostname(name253 + ".").value()).isEqualTo(name253);
        assertRefused(name253 + "e");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_name_is_refused(String text) {
        assertRefused(text);
    }

    private static void assertRefused(String text) {
        assertThatThrownBy(() -> new Hostname(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("hostname"));
    }
}
