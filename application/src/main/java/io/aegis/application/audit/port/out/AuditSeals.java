package io.aegis.application.audit.port.out;

import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.AuditSeal;
import java.util.Map;
import java.util.Optional;

/** What the sealer writes: the places and links of rows, and the chain's state. Used inside one transaction. */
public interface AuditSeals {

    /**
     * The chain's state, locked until the transaction ends (MySQL: {@code FOR UPDATE}; SQLite: the IMMEDIATE
     * transaction), so that two sealers never chain the same rows; empty when its row is gone.
     */
    Optional<AuditChainState> lockState();

    /** Stores the seals, by row id. */
    void seal(Map<Long, AuditSeal> seals);

    void moveHead(AuditChainHead head);

    /** Records why the chain is broken: from then on every node refuses writes. */
    void markBroken(String reason);

    /** Records that checkpoint {@code number}, whose line hashes to {@code lineHash}, ends the file {@code fileId}. */
    void recordCheckpoint(String fileId, long number, String lineHash);
}
