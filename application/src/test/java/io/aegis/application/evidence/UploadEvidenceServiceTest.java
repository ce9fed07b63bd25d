package io.aegis.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.EvidenceUpload;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.ListEvidenceQuery;
import io.aegis.application.evidence.port.in.ReceivedFile;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.evidence.port.in.UploadedEvidence;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.evidence.port.out.EvidenceReader;
import io.aegis.application.evidence.port.out.EvidenceRepository;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.testing.Actors;
import io.aegis.application.testing.DirectTransactions;
import io.aegis.application.testing.RecordingAuditTrail;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceDetails;
import io.aegis.domain.evidence.EvidenceFileName;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.StoredFile;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The upload's order of things over in-memory ports: permission before a byte is read, the file discarded on every
 * refusal, kept only inside the transaction that writes its row, and a row only after its file is in place.
 */
class UploadEvidenceServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final EvidenceDetails DETAILS = new EvidenceDetails("Review", "report", null, null, null, null,
            null, null);

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final UseCaseRunner run = new UseCaseRunner(new DirectTransactions(), audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Store store = new Store();
    private final Rows rows = new Rows();
    private final UploadEvidenceService upload = new UploadEvidenceService(run, store, rows, rows);

    private static EvidenceUpload of(String name, String content) {
        return new EvidenceUpload(receiver -> new UploadedEvidence(DETAILS, new EvidenceFileName(name),
                receiver.apply(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void an_upload_is_kept_then_recorded_with_its_audit_entry() {
        EvidenceView view = upload.upload(Actors.withPermissions(Permission.EVIDENCE_WRITE), of("a.txt", "hello"));

        assertThat(store.kept).hasSize(1);
        assertThat(store.keptWhenRowWritten).isTrue();
        assertThat(view.evidence().file().sha256()).isEqualTo(sha256("hello"));
        assertThat(view.evidence().integrity()).isEqualTo(IntegrityStatus.INTACT);
        assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly("evidence.upload");
        assertThat(store.temporary).isEmpty();
    }

    @Test
    void without_the_permission_not_a_byte_is_read() {
        EvidenceUpload unread = new EvidenceUpload(receiver -> {
            throw new AssertionError("the upload was read");
        });
        assertThatThrownBy(() -> upload.upload(Actors.withPermissions(Permission.EVIDENCE_READ), unread))
                .isInstanceOf(ForbiddenException.class);
        assertThat(audit.entries()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.DENIED);
    }

    @Test
    void every_refusal_discards_the_received_file_and_writes_no_row() {
        var actor = Actors.withPermissions(Permission.EVIDENCE_WRITE);
        EvidenceUpload fieldRefusedAfterTheFile = new EvidenceUpload(receiver -> {
            receiver.apply(new ByteArrayInputStream(new byte[] {'x'}));
            throw new InvalidValueException("title", "is required");
        });
        assertThatThrownBy(() -> upload.upload(actor, fieldRefusedAfterTheFile))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> upload.upload(actor, of("empty.txt", ""))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> upload.upload(actor, of("run.sh", "#!/bin/sh\nrm -rf /")))
                .isInstanceOf(RuleViolationException.class);

        assertThat(store.temporary).isEmpty();
        assertThat(store.kept).isEmpty();
        assertThat(rows.rows).isEmpty();
    }

    @Test
    void a_row_that_cannot_be_written_leaves_at_most_a_kept_file_no_row_names() {
        rows.failing = true;
        assertThatThrownBy(() -> upload.upload(Actors.withPermissions(Permission.EVIDENCE_WRITE),
                of("a.txt", "hello"))).hasMessage("the database went away");

        assertThat(rows.rows).isEmpty();
        assertThat(store.temporary).isEmpty();
        assertThat(store.kept).containsExactly(StoredFile.path(sha256("hello")));
        assertThat(rows.names(store.kept.get(0))).as("left for the purge").isFalse();
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files by handle while received, paths once kept. */
    private final class Store implements EvidenceStore {

        final Map<String, ReceivedFile> temporary = new HashMap<>();
        final List<String> kept = new ArrayList<>();
        boolean keptWhenRowWritten;
        private int next;

        @Override
        public ReceivedFile receive(InputStream content) {
            try {
                byte[] bytes = content.readAllBytes();
                ReceivedFile file = new ReceivedFile("upload-" + next++, HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(bytes)), bytes.length, bytes);
                temporary.put(file.handle(), file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String keep(ReceivedFile file) {
            temporary.remove(file.handle());
            String path = StoredFile.path(file.sha256());
            kept.add(path);
            return path;
        }

        @Override
        public void discard(ReceivedFile file) {
            temporary.remove(file.handle());
        }

        @Override
        public InputStream open(String path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> unclaimedSince(Instant cutoff) {
            return List.copyOf(kept);
        }

        @Override
        public boolean remove(String path, Instant cutoff) {
            return kept.remove(path);
        }
    }

    /** Evidence rows, and the read model over them. */
    private final class Rows implements EvidenceRepository, EvidenceReadModel {

        final Map<EvidenceId, Evidence> rows = new HashMap<>();
        boolean failing;

        @Override
        public EvidenceId insert(Evidence evidence) {
            if (failing) {
                throw new IllegalStateException("the database went away");
            }
            store.keptWhenRowWritten = store.kept.contains(evidence.file().path());
            EvidenceId id = new EvidenceId(rows.size() + 1);
            rows.put(id, evidence);
            return id;
        }

        @Override
        public Optional<Evidence> find(EvidenceId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void recordIntegrity(EvidenceId id, IntegrityStatus status, Instant checkedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EvidenceId> expiredAndUnlinked(Instant now, int limit) {
            return List.of();
        }

        @Override
        public void delete(EvidenceId id) {
            rows.remove(id);
        }

        @Override
        public boolean names(String path) {
            return rows.values().stream().anyMatch(evidence -> evidence.file().path().equals(path));
        }

        @Override
        public Page<EvidenceView> list(ListEvidenceQuery query, EvidenceReader reader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EvidenceView> find(EvidenceId id, EvidenceReader reader) {
            return find(id).map(evidence -> new EvidenceView(id, evidence, Optional.empty(), evidence.createdAt()));
        }

        @Override
        public List<ControlLinkView> controlsOf(EvidenceId evidence) {
            return List.of();
        }

        @Override
        public List<ControlLinkView> evidenceOfControl(ControlId control, EvidenceReader reader) {
            return List.of();
        }

        @Override
        public List<TaskLinkView> tasksOf(EvidenceId evidence) {
            return List.of();
        }

        @Override
        public List<TaskLinkView> evidenceOfTask(long task, EvidenceReader reader) {
            return List.of();
        }
    }
}
