package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomFieldsTest {

    @Test
    void texts_booleans_and_numbers_are_kept_sorted_by_key_with_whole_numbers_as_long() {
        CustomFields fields = CustomFields.of("custom_fields", Map.of(
                "rto_hours", 4, "classification", "confidential", "internet_facing", true,
                "cost", new BigDecimal("12.5"), "big", BigInteger.valueOf(Long.MAX_VALUE), "ratio", 0.25f));

        assertThat(fields.values()).containsExactly(
                Map.entry("big", Long.MAX_VALUE), Map.entry("classification", "confidential"),
                Map.entry("cost", 12.5), Map.entry("internet_facing", true), Map.entry("ratio", 0.25),
                Map.entry("rto_hours", 4L));
    }

    @Test
    void nested_values_nulls_and_numbers_beyond_64_bits_are_refused_naming_the_key() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("owner", null);
        for (Map<String, ?> raw : List.of(Map.of("nested", Map.of("a", 1)), Map.of("list", List.of(1)), withNull,
                Map.of("huge", BigInteger.TWO.pow(64)), Map.of("nan", Double.NaN))) {
            assertThatThrownBy(() -> CustomFields.of("custom_fields", raw))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).startsWith("custom_fields."));
        }
    }

    @Test
    void keys_are_plain_identifiers() {
        for (String key : List.of("", "has space", "x".repeat(65), "ünïcode", "a/b")) {
            assertThatThrownBy(() -> CustomFields.of("custom_fields", Map.of(key, 1)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("custom_fields"));
        }
        assertThat(CustomFields.of("custom_fields", Map.of("a-b.c_D9", 1)).values()).containsKey("a-b.c_D9");
    }

    @Test
    void texts_and_the_number_of_fields_are_bounded() {
        assertThatThrownBy(() -> CustomFields.of("custom_fields",
                Map.of("note", "x".repeat(CustomFields.MAX_TEXT_LENGTH + 1))))
                .isInstanceOf(InvalidValueException.class);
        Map<String, Object> many = IntStream.rangeClosed(0, CustomFields.MAX_FIELDS).boxed()
                .collect(Collectors.toMap(i -> "f" + i, i -> i));
        assertThatThrownBy(() -> CustomFields.of("custom_fields", many)).isInstanceOf(InvalidValueException.class);
        assertThat(CustomFields.of("custom_fields", Map.of()).isEmpty()).isTrue();
    }
}
