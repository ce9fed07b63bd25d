package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ApiKeyView;
import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.Page;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

/** API keys belong to users: only a logged-in user (not Aegis itself) has keys. */
final class ApiKeyOwnership {

    static final String RESOURCE = "api_key";

    private ApiKeyOwnership() {
    }

    static UserId userOf(Actor actor) {
        return actor.userId().map(UserId::new)
                .orElseThrow(() -> new UnauthenticatedException("API keys belong to a logged-in user"));
    }

    /** A page of keys as their owner (or an administrator) sees them: without secrets. */
    static Page<ApiKeyView> views(Page<ApiKey> page, ListApiKeysQuery query) {
        return Page.of(page.items().stream().map(ApiKeyView::of).toList(), page.total(), query.page());
    }

    /**
     * The key, if the actor may see it: their own, or anyone's for an administrator of the whole organisation
     * ({@code user:admin} in a unit administers no user). Someone else's key is "not found" for everybody else:
     * its existence is not theirs to know.
     */
    static ApiKey visible(ApiKeyRepository keys, Actor actor, long keyId) {
        UserId caller = userOf(actor);
        return keys.findById(keyId)
                .filter(found -> found.userId().equals(caller) || actor.scopeOf(Permission.USER_ADMIN).unlimited())
                .orElseThrow(() -> new NotFoundException("API key", keyId));
    }
}
