package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyCreatedView;
import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.CreateApiKeyCommand;
import io.aegis.application.identity.port.in.CreateApiKeyUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;

public record CreateApiKeyService(UseCaseRunner run, ApiKeyRepository keys, SecureRandomness randomness)
        implements CreateApiKeyUseCase {

    private static final String ACTION = "api_key.create";

    @Override
    public ApiKeyCreatedView create(Actor actor, CreateApiKeyCommand command) {
        CredentialGuard.require(run, actor, ACTION);
        var owner = ApiKeyOwnership.userOf(actor);
        BearerSecret secret = BearerSecret.issue(CredentialKind.API_KEY, randomness.bytes(BearerSecret.RANDOM_BYTES));
        return run.inChange(actor, ACTION, change -> {
            ApiKey key = keys.insert(ApiKey.create(owner, command.name(), secret,
                    CredentialGuard.scopeOfNewKey(actor, command.scope()), actor.permissions(), command.expiresAt(),
                    change.now()));
            ApiKeyView view = ApiKeyView.of(key);
            change.audit(ApiKeyOwnership.RESOURCE, view.id(), null, view);
            return new ApiKeyCreatedView(view, secret.reveal());
        });
    }
}
