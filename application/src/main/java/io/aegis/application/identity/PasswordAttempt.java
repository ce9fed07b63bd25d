package io.aegis.application.identity;

import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import java.time.Instant;

/**
 * One try at a user's password, through the login or a signed-in session: who tries (from which address), under
 * which audit action, when (the instant its budget and its refusal are recorded at), the username whose budget it
 * spends, and what its refusal names in the audit trail: the user's id when the one trying is signed in,
 * otherwise what was tried.
 */
record PasswordAttempt(Actor actor, String action, Instant at, String username, Long userId, Object tried) {

    String clientAddress() {
        return actor.origin().clientAddress();
    }

    /** Names the user (or the username tried) and the reason only: neither password nor hash belongs in the trail. */
    AuditEntry refusal(AuditEntry.Outcome outcome, String reason) {
        return new AuditEntry(actor, at, action, UserServiceSupport.RESOURCE, userId, null, null, tried, outcome, reason);
    }
}
