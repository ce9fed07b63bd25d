package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.RevokeApiKeyUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.ApiKey;

public record RevokeApiKeyService(UseCaseRunner run, ApiKeyRepository keys) implements RevokeApiKeyUseCase {

    private static final String ACTION = "api_key.revoke";

    @Override
    public void revoke(Actor actor, long keyId) {
        CredentialGuard.require(run, actor, ACTION);
        run.inChange(actor, ACTION, change -> {
            ApiKey key = ApiKeyOwnership.visible(keys, actor, keyId);
            if (key.revokedAt().isEmpty()) {
                keys.revoke(keyId, change.now());
                change.audit(ApiKeyOwnership.RESOURCE, keyId, ApiKeyView.of(key),
                        ApiKeyView.of(key.revoke(change.now())));
            }
            return null;
        });
    }
}
