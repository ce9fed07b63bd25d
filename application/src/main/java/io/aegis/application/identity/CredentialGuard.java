package io.aegis.application.identity;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import java.util.Optional;
import java.util.Set;

/**
 * Who may manage a user's credentials (API keys, the password). A signed-in user may: logging in proved the
 * password. A request made with an API key acts within that key's scope for everything, so it needs
 * {@link Permission#CREDENTIAL_MANAGE}: otherwise a key narrowed to reading could mint an unscoped key, revoke
 * its siblings or change the password, and take the account over.
 */
final class CredentialGuard {

    private CredentialGuard() {
    }

    /** Refuses (403, audited) a request made with an API key that may not manage credentials. */
    static void require(UseCaseRunner run, Actor actor, String action) {
        if (actsThroughApiKey(actor)) {
            // a permission about oneself: held in any unit, it is held
            run.requireSomewhere(actor, Permission.CREDENTIAL_MANAGE, action);
        }
    }

    /**
     * The permissions a new key is narrowed to. When the request names none, a signed-in user's key follows all of
     * the user's permissions (empty), but a key's successor holds what the calling key may do now, never more.
     */
    static Optional<Set<Permission>> scopeOfNewKey(Actor actor, Optional<Set<Permission>> requested) {
        return requested.or(() -> actsThroughApiKey(actor) ? Optional.of(actor.permissions()) : Optional.empty());
    }

    private static boolean actsThroughApiKey(Actor actor) {
        return Sessions.apiKeyId(actor.origin().sessionId()).isPresent();
    }
}
