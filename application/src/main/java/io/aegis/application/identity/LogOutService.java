package io.aegis.application.identity;

import io.aegis.application.identity.port.in.LogOutUseCase;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;

public final class LogOutService implements LogOutUseCase {

    private final AuthTokenRepository tokens;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public LogOutService(AuthTokenRepository tokens, Transactions transactions, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void logOut(Actor actor) {
        long userId = actor.userId().orElseThrow(() -> new UnauthenticatedException("nobody is logged in"));
        // answering 204 would tell a client that its key stopped working when it did not
        Sessions.apiKeyId(actor.origin().sessionId()).ifPresent(keyId -> {
            throw new RuleViolationException("api_key_logout", "an API key is not a login session and cannot log"
                    + " out; revoke it with DELETE /api/v1/api-keys/" + keyId);
        });
        Sessions.tokenId(actor.origin().sessionId()).ifPresent(tokenId -> transactions.inTransaction(() -> {
            Instant now = clock.instant();
            tokens.revoke(tokenId, now);
            audit.record(AuditEntry.success(actor, now, "auth.logout", "user", userId, null, null));
            return null;
        }));
    }
}
