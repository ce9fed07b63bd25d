package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.RevokeApiKeyUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

public record RevokeApiKeyService(UseCaseRunner run, ApiKeyRepository keys) implements RevokeApiKeyUseCase {

    private static final String ACTION = "api_key.revoke";

    @Override
    public void revoke(Actor actor, long keyId) {
        CredentialGuard.require(run, actor, ACTION);
        UserId caller = ApiKeyOwnership.userOf(actor);
        run.inChange(actor, ACTION, change -> {
            // someone else's key is "not found" for an ordinary user: its existence is not theirs to know
            ApiKey key = keys.findById(keyId)
                    .filter(found -> found.userId().equals(caller) || actor.may(Permission.USER_ADMIN))
                    .orElseThrow(() -> new NotFoundException("API key", keyId));
            if (key.revokedAt().isEmpty()) {
                keys.revoke(keyId, change.now());
                change.audit(ApiKeyOwnership.RESOURCE, keyId, ApiKeyView.of(key),
                        ApiKeyView.of(key.revoke(change.now())));
            }
            return null;
        });
    }
}
