package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.UserId;

public interface ListUserApiKeysUseCase {

    /**
     * One page of any user's keys, revoked ones included, never a secret: for administrators of the whole
     * organisation ({@code user:admin}), who revoke what they find.
     *
     * @throws io.aegis.application.port.NotFoundException for an unknown user
     */
    Page<ApiKeyView> list(Actor actor, UserId user, ListApiKeysQuery query);
}
