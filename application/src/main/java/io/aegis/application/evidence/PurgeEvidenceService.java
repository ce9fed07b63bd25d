package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.PurgeEvidenceUseCase;
import io.aegis.application.evidence.port.in.PurgeReport;
import io.aegis.application.evidence.port.out.EvidenceRepository;
import io.aegis.application.evidence.port.out.EvidenceStore;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.identity.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The purge, in two steps. First, in one transaction, the evidence past its retention date that no control or task
 * links to any more is removed, each with its audit entry (evidence still linked is still in use: unlink it first).
 * Then the store's files untouched for {@link #GRACE} that no evidence names are removed (those of the evidence just
 * removed, unless other evidence has the same content, and those an interrupted upload left), each removal audited.
 * The grace leaves alone a file an upload has just moved into place and is about to name: the move touches it.
 */
public record PurgeEvidenceService(UseCaseRunner run, EvidenceRepository evidence, EvidenceStore store)
        implements PurgeEvidenceUseCase {

    /** Far longer than the moment between an upload's move of its file and its commit, or a stalled upload's life. */
    static final Duration GRACE = Duration.ofHours(1);
    private static final String ACTION = "evidence.purge";
    private static final String FILE = "evidence_file";
    private static final int BATCH = 500;

    @Override
    public PurgeReport purge(Actor actor) {
        run.require(actor, Permission.EVIDENCE_WRITE, ACTION);
        List<EvidenceId> removed = run.inChange(actor, ACTION, change -> {
            List<EvidenceId> expired = evidence.expiredAndUnlinked(change.now(), BATCH);
            for (EvidenceId id : expired) {
                Evidence before = evidence.find(id).orElseThrow();
                evidence.delete(id);
                change.audit(EvidenceServiceSupport.RESOURCE, id.value(), EvidenceState.of(id.value(), before), null);
            }
            return expired;
        });
        Instant cutoff = run.now().minus(GRACE);
        List<String> files = new ArrayList<>();
        for (String path : store.unclaimedSince(cutoff)) {
            if (!evidence.names(path) && store.remove(path, cutoff)) {
                files.add(path);
            }
        }
        if (!files.isEmpty()) {
            run.inChange(actor, ACTION, change -> {
                // a file has no id of its own: its path, in the state before, says which it was
                files.forEach(path -> change.record(new AuditEntry(change.actor(), change.now(), ACTION, FILE, null,
                        null, new RemovedFile(path), null, AuditEntry.Outcome.SUCCESS, null)));
                return null;
            });
        }
        return new PurgeReport(removed, List.copyOf(files));
    }

    /** A file the purge removed, as its audit entry records it. */
    record RemovedFile(String path) {
    }
}
