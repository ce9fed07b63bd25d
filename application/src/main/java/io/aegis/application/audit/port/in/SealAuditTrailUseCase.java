package io.aegis.application.audit.port.in;

/**
 * Chains the audit rows that changes wrote since the last run: background work of Aegis itself, run by one node
 * at a time (see {@link io.aegis.application.audit.AuditSealingJob}), never by a client.
 */
public interface SealAuditTrailUseCase {

    /** Seals every committed row that waits, in batches; stops at the first sign of tampering and records it. */
    SealOutcome seal();
}
