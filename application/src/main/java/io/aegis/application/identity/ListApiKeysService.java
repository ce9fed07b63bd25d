package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.in.ListApiKeysUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public record ListApiKeysService(ApiKeyRepository keys) implements ListApiKeysUseCase {

    @Override
    public Page<ApiKeyView> list(Actor actor, ListApiKeysQuery query) {
        return ApiKeyOwnership.views(keys.ofUser(ApiKeyOwnership.userOf(actor), query), query);
    }
}
