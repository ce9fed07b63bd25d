package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void entries_are_trimmed_and_repeats_ignoring_case_keep_the_first_spelling() {
        assertThat(Labels.of("tags", List.of(" PCI ", "gdpr", "pci", "GDPR", "soc2")).values())
                .containsExactly("PCI", "gdpr", "soc2");
    }

    @Test
    void no_entries_is_none() {
        assertThat(Labels.of("tags", List.of())).isEqualTo(Labels.none());
        assertThat(Labels.none().isEmpty()).isTrue();
    }

    @Test
    void a_blank_or_missing_entry_is_refused_naming_the_field() {
        assertThatThrownBy(() -> Labels.of("compliance_scope", Arrays.asList("ok", " ")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("compliance_scope"));
        assertThatThrownBy(() -> Labels.of("tags", Arrays.asList("ok", null)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Labels.of("tags", null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void entries_and_their_number_are_bounded() {
        assertThat(Labels.of("tags", List.of("x".repeat(Labels.MAX_LENGTH))).values()).hasSize(1);
        assertThatThrownBy(() -> Labels.of("tags", List.of("x".repeat(Labels.MAX_LENGTH + 1))))
                .isInstanceOf(InvalidValueException.class);
        List<String> many = new ArrayList<>(IntStream.rangeClosed(0, Labels.MAX_COUNT).mapToObj(i -> "t" + i).toList());
        assertThatThrownBy(() -> Labels.of("tags", many)).isInstanceOf(InvalidValueException.class);
        many.remove(0);
        assertThat(Labels.of("tags", many).values()).hasSize(Labels.MAX_COUNT);
    }
}
