package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;

/**
 * The audit trail was changed behind Aegis's back, so no change can be recorded trustworthily: writes are
 * refused until an administrator restores the database from a backup (docs/SECURITY.md). 503 over HTTP.
 */
public class AuditChainBrokenException extends AegisException {

    public AuditChainBrokenException() {
        super("audit_chain_broken", "the audit trail failed its integrity check; changes are refused until an"
                + " administrator restores it");
    }
}
