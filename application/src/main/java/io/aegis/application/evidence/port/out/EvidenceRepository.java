package io.aegis.application.evidence.port.out;

import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.IntegrityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Evidence rows: written on upload, their integrity recorded on download, removed by the purge. */
public interface EvidenceRepository {

    EvidenceId insert(Evidence evidence);

    Optional<Evidence> find(EvidenceId id);

    void recordIntegrity(EvidenceId id, IntegrityStatus status, Instant checkedAt);

    /** Evidence whose retention date is before {@code now} and that no control or task links to; at most {@code limit}. */
    List<EvidenceId> expiredAndUnlinked(Instant now, int limit);

    void delete(EvidenceId id);

    /** Whether any evidence names the file at {@code path} (relative to the store). */
    boolean names(String path);
}
