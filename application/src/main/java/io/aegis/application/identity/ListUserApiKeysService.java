package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.in.ListUserApiKeysUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

public record ListUserApiKeysService(UseCaseRunner run, UserRepository users, ApiKeyRepository keys)
        implements ListUserApiKeysUseCase {

    @Override
    public Page<ApiKeyView> list(Actor actor, UserId user, ListApiKeysQuery query) {
        return run.read(actor, Permission.USER_ADMIN, "api_key.list", () -> {
            UserServiceSupport.load(users, user);
            return ApiKeyOwnership.views(keys.ofUser(user, query), query);
        });
    }
}
