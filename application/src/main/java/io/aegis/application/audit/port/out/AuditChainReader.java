package io.aegis.application.audit.port.out;

import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.StoredAuditRow;
import java.util.List;
import java.util.Optional;

/** Reads the audit trail back for verification, a bounded batch at a time. */
public interface AuditChainReader {

    /** The chain's recorded end, as last committed. */
    AuditChainHead head();

    /** At most {@code limit} rows with {@code afterId < id <= throughId}, in id order. */
    List<StoredAuditRow> rows(long afterId, long throughId, int limit);

    /**
     * The lowest row id above the head's last row, read at the same instant as the head: a row there was
     * not appended through the chain (an append moves the head in the same transaction).
     */
    Optional<Long> firstRowAfterHead();
}
