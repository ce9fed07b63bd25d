package io.aegis.application.audit.port.out;

import io.aegis.domain.audit.StoredAuditRow;
import java.util.List;
import java.util.Optional;

/** Reads the audit trail back for sealing and verification, a bounded batch at a time. */
public interface AuditChainReader {

    /** The chain's state as last committed; empty when its row is gone (which breaks the chain). */
    Optional<AuditChainState> state();

    /** At most {@code limit} sealed rows with {@code afterSeq < chain_seq <= throughSeq}, in chain order. */
    List<StoredAuditRow> sealed(long afterSeq, long throughSeq, int limit);

    /** At most {@code limit} rows waiting for the sealer with an id above {@code afterId}, in id order. */
    List<StoredAuditRow> pending(long afterId, int limit);

    /** The row sealed at place {@code seq}. */
    Optional<StoredAuditRow> atPlace(long seq);

    /** The lowest place above {@code seq} that a stored row claims. */
    Optional<Long> firstPlaceAfter(long seq);

    /** Rows without a seal up to {@code throughId}: those written before the chain existed. */
    long legacyRows(long throughId);

    /** The last checkpoint recorded as appended to the checkpoint file {@code fileId}; empty for none. */
    Optional<RecordedCheckpoint> recordedCheckpoint(String fileId);

    /** How many checkpoint files the database knows of. */
    long checkpointFiles();
}
