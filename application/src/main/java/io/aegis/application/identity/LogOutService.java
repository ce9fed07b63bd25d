package io.aegis.application.identity;

import io.aegis.application.identity.port.in.LogOutUseCase;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.shared.RuleViolationException;

public record LogOutService(UseCaseRunner run, AuthTokenRepository tokens) implements LogOutUseCase {

    @Override
    public void logOut(Actor actor) {
        long userId = actor.userId().orElseThrow(() -> new UnauthenticatedException("nobody is logged in"));
        // answering 204 would tell a client that its key stopped working when it did not
        Sessions.apiKeyId(actor.origin().sessionId()).ifPresent(keyId -> {
            throw new RuleViolationException("api_key_logout", "an API key is not a login session and cannot log"
                    + " out; revoke it with DELETE /api/v1/api-keys/" + keyId);
        });
        Sessions.tokenId(actor.origin().sessionId()).ifPresent(tokenId -> run.inChange(actor, "auth.logout",
                change -> {
                    tokens.revoke(tokenId, change.now());
                    change.audit("user", userId, null, null);
                    return null;
                }));
    }
}
