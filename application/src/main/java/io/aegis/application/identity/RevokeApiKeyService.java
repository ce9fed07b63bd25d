package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.RevokeApiKeyUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import java.time.Clock;
import java.time.Instant;

public final class RevokeApiKeyService implements RevokeApiKeyUseCase {

    private final CredentialGuard credentials;
    private final ApiKeyRepository keys;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public RevokeApiKeyService(AccessGuard guard, ApiKeyRepository keys, Transactions transactions, AuditTrail audit,
                               Clock clock) {
        this.credentials = new CredentialGuard(guard);
        this.keys = keys;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void revoke(Actor actor, long keyId) {
        credentials.require(actor, "api_key.revoke");
        UserId caller = ApiKeyOwnership.userOf(actor);
        transactions.inTransaction(() -> {
            // someone else's key is "not found" for an ordinary user: its existence is not theirs to know
            ApiKey key = keys.findById(keyId)
                    .filter(found -> found.userId().equals(caller) || actor.may(Permission.USER_ADMIN))
                    .orElseThrow(() -> new NotFoundException("API key", keyId));
            if (key.revokedAt().isPresent()) {
                return null;
            }
            Instant now = clock.instant();
            keys.revoke(keyId, now);
            audit.record(AuditEntry.success(actor, now, "api_key.revoke", ApiKeyOwnership.RESOURCE, keyId,
                    ApiKeyView.of(key), ApiKeyView.of(key.revoke(now))));
            return null;
        });
    }
}
