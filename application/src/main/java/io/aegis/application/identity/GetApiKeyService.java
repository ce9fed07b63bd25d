package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.GetApiKeyUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Actor;

public record GetApiKeyService(ApiKeyRepository keys) implements GetApiKeyUseCase {

    @Override
    public ApiKeyView get(Actor actor, long keyId) {
        return ApiKeyView.of(ApiKeyOwnership.visible(keys, actor, keyId));
    }
}
