package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.EvidenceUpload;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.ReceivedFile;
import io.aegis.application.evidence.port.in.UploadEvidenceUseCase;
import io.aegis.application.evidence.port.in.UploadedEvidence;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.evidence.port.out.EvidenceRepository;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.FileType;
import io.aegis.domain.evidence.FileTypes;
import io.aegis.domain.evidence.StoredFile;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a piece of evidence from an upload. The permission is checked before a byte is read; the file is streamed
 * into the store under a temporary name while hashed; its type is told from its first bytes and must be one
 * evidence may have; then, in one transaction, the file is moved to its place and the row and its audit entry are
 * written. Whatever fails before the move leaves nothing behind (the temporary file is discarded); a failure after it
 * leaves at most a file no row names, which the purge removes (docs/ARCHITECTURE.md, section 21).
 */
public record UploadEvidenceService(UseCaseRunner run, EvidenceStore store, EvidenceRepository evidence,
                                    EvidenceReadModel readModel) implements UploadEvidenceUseCase {

    private static final String ACTION = "evidence.upload";

    @Override
    public EvidenceView upload(Actor actor, EvidenceUpload upload) {
        run.requireSomewhere(actor, Permission.EVIDENCE_WRITE, ACTION);
        List<ReceivedFile> received = new ArrayList<>(1);
        try {
            UploadedEvidence uploaded = upload.read(content -> {
                ReceivedFile file = store.receive(content);
                received.add(file);
                return file;
            });
            ReceivedFile file = uploaded.file();
            if (file.size() == 0) {
                throw new InvalidValueException("file", "must not be empty");
            }
            FileType type = FileTypes.detect(file.head(), uploaded.fileName()).requireAccepted();
            return run.inChange(actor, ACTION, change -> {
                String path = store.keep(file);
                StoredFile stored = new StoredFile(path, uploaded.fileName(), file.size(), type, file.sha256());
                EvidenceId id = evidence.insert(Evidence.upload(uploaded.details(), stored,
                        actor.userId().map(UserId::new), change.now()));
                EvidenceView after = EvidenceServiceSupport.view(readModel, id, actor);
                change.audit(EvidenceServiceSupport.RESOURCE, id.value(), null, EvidenceState.of(after));
                return after;
            });
        } finally {
            // a kept file's temporary copy is gone already: this removes only what was never kept
            received.forEach(store::discard);
        }
    }
}
