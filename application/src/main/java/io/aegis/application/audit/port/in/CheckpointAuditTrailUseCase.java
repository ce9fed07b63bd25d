package io.aegis.application.audit.port.in;

import io.aegis.domain.audit.AuditCheckpoint;
import java.util.Optional;

/** Writes a signed checkpoint of the chain's end to the file outside the database: background work, like sealing. */
public interface CheckpointAuditTrailUseCase {

    /**
     * Appends a checkpoint when the chain moved since the last one.
     *
     * @return the checkpoint written; empty when the chain has not moved or is broken
     */
    Optional<AuditCheckpoint> checkpoint();
}
