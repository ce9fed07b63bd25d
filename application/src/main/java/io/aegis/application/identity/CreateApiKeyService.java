package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyCreatedView;
import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.CreateApiKeyCommand;
import io.aegis.application.identity.port.in.CreateApiKeyUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import java.time.Clock;
import java.time.Instant;

public final class CreateApiKeyService implements CreateApiKeyUseCase {

    private final CredentialGuard credentials;
    private final ApiKeyRepository keys;
    private final SecureRandomness randomness;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateApiKeyService(AccessGuard guard, ApiKeyRepository keys, SecureRandomness randomness,
                               Transactions transactions, AuditTrail audit, Clock clock) {
        this.credentials = new CredentialGuard(guard);
        this.keys = keys;
        this.randomness = randomness;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ApiKeyCreatedView create(Actor actor, CreateApiKeyCommand command) {
        credentials.require(actor, "api_key.create");
        var owner = ApiKeyOwnership.userOf(actor);
        BearerSecret secret = BearerSecret.issue(CredentialKind.API_KEY, randomness.bytes(BearerSecret.RANDOM_BYTES));
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ApiKey key = keys.insert(ApiKey.create(owner, command.name(), secret,
                    CredentialGuard.scopeOfNewKey(actor, command.scope()), actor.permissions(), command.expiresAt(),
                    now));
            ApiKeyView view = ApiKeyView.of(key);
            audit.record(AuditEntry.success(actor, now, "api_key.create", ApiKeyOwnership.RESOURCE, view.id(), null,
                    view));
            return new ApiKeyCreatedView(view, secret.reveal());
        });
    }
}
