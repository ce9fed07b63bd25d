package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.EvidenceContent;
import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.GetEvidenceContentUseCase;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.evidence.port.out.EvidenceRepository;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.StoredFile;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A download: the stored file is hashed whole first and compared with the hash recorded at upload; the outcome is
 * recorded on the evidence (status and time of the check) with an audit entry, so that every download is in the
 * trail. A file that no longer matches (or is gone) is refused with 422 {@code evidence_integrity_failed} and the
 * evidence marked {@code failed}. The content handed out is hashed again as it is read, so a file changed between
 * the check and the end of the download fails the download instead of passing as the recorded one.
 */
public record GetEvidenceContentService(UseCaseRunner run, EvidenceReadModel readModel, EvidenceRepository evidence,
                                        EvidenceStore store) implements GetEvidenceContentUseCase {

    private static final String ACTION = "evidence.download";
    private static final String FLAGGED = "evidence.integrity_failed";

    @Override
    public EvidenceContent open(Actor actor, EvidenceId id) {
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, ACTION);
        EvidenceView view = EvidenceServiceSupport.view(readModel, id, actor);
        StoredFile file = view.evidence().file();
        boolean intact = matches(file);
        EvidenceView checked = record(actor, id, intact ? ACTION : FLAGGED,
                intact ? IntegrityStatus.INTACT : IntegrityStatus.FAILED);
        if (!intact) {
            throw new RuleViolationException("evidence_integrity_failed", "the stored file of evidence " + id
                    + " no longer matches the SHA-256 recorded when it was uploaded; it is marked as failing its"
                    + " integrity check and is not served");
        }
        return new EvidenceContent(checked, new VerifyingInputStream(store.open(file.path()), file.sha256(),
                () -> record(actor, id, FLAGGED, IntegrityStatus.FAILED)));
    }

    private boolean matches(StoredFile file) {
        try {
            return VerifyingInputStream.hashOf(store.open(file.path())).equals(file.sha256());
        } catch (IOException | UncheckedIOException unreadable) {
            return false;
        }
    }

    private EvidenceView record(Actor actor, EvidenceId id, String action, IntegrityStatus status) {
        return run.inChange(actor, action, change -> {
            Evidence before = evidence.find(id).orElseThrow(() ->
                    new NotFoundException(EvidenceServiceSupport.RESOURCE, id));
            evidence.recordIntegrity(id, status, change.now());
            EvidenceView after = EvidenceServiceSupport.view(readModel, id, actor);
            change.audit(EvidenceServiceSupport.RESOURCE, id.value(), EvidenceState.of(id.value(), before),
                    EvidenceState.of(after));
            return after;
        });
    }
}
