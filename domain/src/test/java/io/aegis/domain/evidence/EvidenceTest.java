package io.aegis.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvidenceTest {

    private static final String HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Optional<UserId> UPLOADER = Optional.of(new UserId(7));
    private static final Optional<UserId> SOMEONE_ELSE = Optional.of(new UserId(8));

    private static EvidenceDetails details(Sensitivity sensitivity) {
        return new EvidenceDetails("Firewall review", "report", null, null, null, null, null, sensitivity);
    }

    private static StoredFile file() {
        return new StoredFile(StoredFile.path(HASH), new EvidenceFileName("review.pdf"), 10, FileType.PDF, HASH);
    }

    @Test
    void restricted_evidence_is_read_by_its_uploader_and_holders_of_evidence_restricted_only() {
        Evidence restricted = Evidence.upload(details(Sensitivity.RESTRICTED), file(), UPLOADER, NOW);
        assertThat(restricted.readableBy(UPLOADER, false)).isTrue();
        assertThat(restricted.readableBy(SOMEONE_ELSE, false)).isFalse();
        assertThat(restricted.readableBy(SOMEONE_ELSE, true)).isTrue();
        assertThat(restricted.readableBy(Optional.empty(), false)).isFalse();
        Evidence uploadedBySystem = Evidence.upload(details(Sensitivity.RESTRICTED), file(), Optional.empty(), NOW);
        assertThat(uploadedBySystem.readableBy(Optional.empty(), false)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Sensitivity.class, names = "RESTRICTED", mode = EnumSource.Mode.EXCLUDE)
    void evidence_below_restricted_is_read_by_every_reader(Sensitivity sensitivity) {
        assertThat(Evidence.upload(details(sensitivity), file(), UPLOADER, NOW).readableBy(SOMEONE_ELSE, false))
                .isTrue();
    }

    @Test
    void new_evidence_is_intact_checked_now_and_internal_unless_said_otherwise() {
        Evidence uploaded = Evidence.upload(details(null), file(), UPLOADER, NOW);
        assertThat(uploaded.integrity()).isEqualTo(IntegrityStatus.INTACT);
        assertThat(uploaded.integrityCheckedAt()).isEqualTo(NOW);
        assertThat(uploaded.details().sensitivity()).isEqualTo(Sensitivity.INTERNAL);
    }

    @Test
    void details_need_a_title_and_a_type_and_keep_retention_after_collection() {
        assertThatThrownBy(() -> new EvidenceDetails(" ", "report", null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("title");
        assertThatThrownBy(() -> new EvidenceDetails("t", null, null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("evidence_type");
        assertThatThrownBy(() -> new EvidenceDetails("t", "report", null, null, null, NOW, NOW.minusSeconds(1),
                null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("collection_date");
        assertThatThrownBy(() -> new EvidenceDetails("t".repeat(501), "report", null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class);
        EvidenceDetails trimmed = new EvidenceDetails("  t ", "report", "  ", " ", null, NOW, NOW, null);
        assertThat(trimmed.title()).isEqualTo("t");
        assertThat(trimmed.description()).isNull();
        assertThat(trimmed.category()).isNull();
    }

    @Test
    void a_stored_file_lives_where_its_hash_says_and_is_never_empty() {
        assertThat(StoredFile.path(HASH)).isEqualTo("sha256/e3/" + HASH.substring(2));
        assertThat(StoredFile.hashAt(StoredFile.path(HASH))).contains(HASH);
        assertThat(StoredFile.hashAt("tmp/upload-1.part")).isEmpty();
        assertThat(StoredFile.hashAt("sha256/e3/../../etc/passwd")).isEmpty();
        assertThatThrownBy(() -> new StoredFile("sha256/00/" + HASH.substring(2), new EvidenceFileName("a"), 1,
                FileType.PDF, HASH)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StoredFile(StoredFile.path(HASH), new EvidenceFileName("a"), 0, FileType.PDF,
                HASH)).isInstanceOf(InvalidValueException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> new StoredFile("x", new EvidenceFileName("a"), 1, FileType.PDF, HASH.toUpperCase()))
                .isInstanceOf(InvalidValueException.class);
    }
}
