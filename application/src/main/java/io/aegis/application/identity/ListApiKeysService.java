package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.ListApiKeysUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Actor;
import java.util.List;

public final class ListApiKeysService implements ListApiKeysUseCase {

    private final ApiKeyRepository keys;

    public ListApiKeysService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public List<ApiKeyView> list(Actor actor) {
        return keys.ofUser(ApiKeyOwnership.userOf(actor)).stream().map(ApiKeyView::of).toList();
    }
}
