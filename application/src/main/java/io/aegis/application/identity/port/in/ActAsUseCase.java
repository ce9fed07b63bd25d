package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.Username;

/**
 * For a program embedding Aegis: acts as a stored user, with exactly the permissions that user's roles grant
 * now, so an embedder never invents permissions. The program vouches for the user: no credential is checked.
 */
public interface ActAsUseCase {

    /**
     * @param origin where the call came from, recorded in the audit trail ({@link RequestOrigin#LOCAL} if none)
     * @throws io.aegis.application.port.UnauthenticatedException when no active user has that name
     */
    Actor actAs(Username username, RequestOrigin origin);
}
