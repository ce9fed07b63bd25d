package io.aegis.application.identity;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UnauthenticatedException;
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
}
