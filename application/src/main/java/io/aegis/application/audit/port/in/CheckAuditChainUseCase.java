package io.aegis.application.audit.port.in;

/**
 * Whether the audit chain stands as last committed: a cheap read of its state for health checks, not the full
 * verification of {@link VerifyAuditChainUseCase}. Open to everyone, as health is.
 */
public interface CheckAuditChainUseCase {

    /** False when the chain was found broken or its state row is gone. */
    boolean intact();
}
