package io.aegis.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/PRIVACY.md is what the register renders; {@code -Daegis.write-docs=true} writes it again. */
class PrivacyRecordTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "PRIVACY.md");

    @Test
    void docs_privacy_is_the_rendered_register() throws IOException {
        String rendered = PrivacyRecord.render(PersonalDataRegister.items());
        if (Boolean.getBoolean("aegis.write-docs")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/PRIVACY.md is stale: run this test with -Daegis.write-docs=true")
                .isEqualTo(rendered);
    }

    @Test
    void each_place_is_declared_once() {
        assertThat(PersonalDataRegister.items()).extracting(PersonalDataItem::location).doesNotHaveDuplicates();
    }

    @Test
    void a_reference_or_a_credential_is_never_what_encryption_protects() {
        assertThat(PersonalDataRegister.items())
                .filteredOn(item -> item.kind() == PersonalDataKind.REFERENCE || item.kind() == PersonalDataKind.SECRET)
                .isNotEmpty()
                .noneMatch(PersonalDataItem::sensitive);
    }
}
