package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;

public interface AuthenticateUseCase {

    /**
     * The actor behind a presented bearer credential (login token or API key), with the permissions its
     * user holds right now.
     *
     * @throws io.aegis.application.port.UnauthenticatedException when the credential is unknown, expired,
     *                                                           revoked, or its user is inactive
     */
    Actor authenticate(String presentedCredential, RequestOrigin origin);
}
