package io.aegis.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FileTypesTest {

    private static FileType detect(byte[] head, String name) {
        return FileTypes.detect(head, new EvidenceFileName(name));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void documents_and_images_are_told_by_their_signature_whatever_their_name() {
        assertThat(detect(ascii("%PDF-1.7\n%\u00e2\u00e3"), "scan.txt")).isEqualTo(FileType.PDF);
        assertThat(detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0), "a.pdf")).isEqualTo(FileType.PNG);
        assertThat(detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), "photo")).isEqualTo(FileType.JPEG);
        assertThat(detect(ascii("GIF89a\u0001"), "x.png")).isEqualTo(FileType.GIF);
        assertThat(detect(ascii("GIF87a"), "x")).isEqualTo(FileType.GIF);
    }

    @ParameterizedTest
    @CsvSource({"report.docx, DOCX", "sheet.XLSX, XLSX", "deck.pptx, PPTX", "bundle.zip, ZIP", "noextension, ZIP"})
    void a_zip_is_an_office_document_when_its_extension_says_so(String name, FileType expected) {
        assertThat(detect(bytes('P', 'K', 3, 4, 20, 0), name)).isEqualTo(expected);
        assertThat(detect(bytes('P', 'K', 5, 6, 0, 0), name)).isEqualTo(expected);
    }

    @Test
    void executables_and_scripts_are_refused_whatever_their_name() {
        for (byte[] program : new byte[][] {ascii("MZ\u0090\u0000"), bytes(0x7F, 'E', 'L', 'F', 2, 1),
                bytes(0xFE, 0xED, 0xFA, 0xCE), bytes(0xFE, 0xED, 0xFA, 0xCF), bytes(0xCE, 0xFA, 0xED, 0xFE),
                bytes(0xCF, 0xFA, 0xED, 0xFE), bytes(0xCA, 0xFE, 0xBA, 0xBE), ascii("#!/bin/sh\nrm -rf /\n")}) {
            FileType type = detect(program, "policy.pdf");
            assertThat(type).as(Arrays.toString(program)).isEqualTo(FileType.EXECUTABLE);
            assertThatThrownBy(type::requireAccepted).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("application/x-executable");
        }
    }

    @Test
    void utf8_text_is_plain_csv_or_json() {
        assertThat(detect(ascii("Firewall rules reviewed.\r\n\tAll good: ✓ été\n"), "notes.txt"))
                .isEqualTo(FileType.TEXT);
        assertThat(detect(ascii("host,port\nweb1,443\n"), "export.CSV")).isEqualTo(FileType.CSV);
        assertThat(detect(ascii("  \n{\"ok\": true}"), "result.txt")).isEqualTo(FileType.JSON);
        assertThat(detect(ascii("[1, 2]"), "list")).isEqualTo(FileType.JSON);
        assertThat(detect(bytes(0xEF, 0xBB, 0xBF, '{', '}'), "bom.json")).isEqualTo(FileType.JSON);
    }

    @Test
    void binary_that_nothing_recognises_is_unknown_and_refused() {
        assertThat(detect(bytes('a', 0, 'b'), "data.txt")).isEqualTo(FileType.UNKNOWN);
        assertThat(detect(bytes(0x1B, '[', '3', '1', 'm'), "colours.txt")).isEqualTo(FileType.UNKNOWN);
        assertThat(detect(bytes(0xC3, 0x28), "bad-utf8.txt")).isEqualTo(FileType.UNKNOWN);
        assertThat(detect(bytes(0xF8, 0x88, 0x80, 0x80, 0x80), "five-bytes.txt")).isEqualTo(FileType.UNKNOWN);
        assertThat(detect(bytes(0xC0, 0xAF), "overlong.txt")).isEqualTo(FileType.UNKNOWN);
        assertThat(detect(new byte[0], "empty.txt")).isEqualTo(FileType.UNKNOWN);
        assertThatThrownBy(FileType.UNKNOWN::requireAccepted).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_character_cut_by_the_end_of_the_head_is_text_only_when_the_file_goes_on() {
        byte[] cut = new byte[FileTypes.HEAD_BYTES];
        Arrays.fill(cut, (byte) 'a');
        cut[cut.length - 1] = (byte) 0xE2; // the first of the three bytes of ✓
        assertThat(detect(cut, "long.txt")).isEqualTo(FileType.TEXT);
        assertThat(detect(bytes('a', 0xE2, 0x9C), "short.txt")).isEqualTo(FileType.UNKNOWN);
    }

    @ParameterizedTest
    @EnumSource(FileType.class)
    void every_type_is_found_again_by_its_media_type(FileType type) {
        assertThat(FileType.ofMediaType(type.mediaType())).contains(type);
        assertThat(type.accepted()).isEqualTo(type != FileType.EXECUTABLE && type != FileType.UNKNOWN);
    }
}
