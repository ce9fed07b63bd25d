package io.aegis.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\boot.ini", "C:\\Windows\\win.ini", "/etc/shadow",
        "reports/q4.pdf", "..", ".", "...", " . ", "", "   ", "line\nbreak.txt", "nul\u0000.pdf", "tab\tname",
        "bidi\u202Etxt.exe", "bell\u0007", " leading.pdf", "trailing.pdf "})
    void a_path_a_control_character_or_no_name_at_all_is_refused(String raw) {
        assertThatThrownBy(() -> new EvidenceFileName(raw)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("file_name");
    }

    @Test
    void null_and_overlong_names_are_refused() {
        assertThatThrownBy(() -> new EvidenceFileName(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EvidenceFileName("a".repeat(252) + ".pdf"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("255");
        assertThat(new EvidenceFileName("a".repeat(251) + ".pdf").value()).hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q4 firewall review.pdf", "été-2026.docx", ".hidden", "a..b.txt", "報告.xlsx", "x"})
    void a_plain_file_name_is_kept_as_given(String raw) {
        assertThat(new EvidenceFileName(raw).value()).isEqualTo(raw);
    }

    @Test
    void the_extension_is_lower_case_and_absent_for_dot_files() {
        assertThat(new EvidenceFileName("Report.PDF").extension()).isEqualTo("pdf");
        assertThat(new EvidenceFileName("archive.tar.gz").extension()).isEqualTo("gz");
        assertThat(new EvidenceFileName(".profile").extension()).isEmpty();
        assertThat(new EvidenceFileName("README").extension()).isEmpty();
    }
}
