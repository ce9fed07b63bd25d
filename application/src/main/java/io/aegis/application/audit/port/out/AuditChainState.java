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
 */
public record AuditChainState(AuditChainHead head, long legacyThroughId, Optional<String> brokenReason) {

    public AuditChainState {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(brokenReason, "brokenReason");
    }
}
