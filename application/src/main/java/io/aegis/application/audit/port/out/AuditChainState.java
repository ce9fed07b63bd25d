package io.aegis.application.audit.port.out;

import io.aegis.domain.audit.AuditChainHead;
import java.util.Objects;
import java.util.Optional;

/**
 * The one row that describes the chain as a whole.
 *
 * @param head             where the sealed chain ends
 * @param legacyThroughId  rows up to this id without a seal were written before the chain existed (V4); every
 *                         later row is sealed or waits for the sealer
 * @param brokenReason     why the chain was found broken; while set, Aegis refuses every write
 * @param checkpointNumber the last checkpoint written outside the database (0 for none)
 * @param checkpointHash   that checkpoint line's SHA-256; null for none
 */
public record AuditChainState(AuditChainHead head, long legacyThroughId, Optional<String> brokenReason,
                              long checkpointNumber, String checkpointHash) {

    public AuditChainState {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(brokenReason, "brokenReason");
    }
}
