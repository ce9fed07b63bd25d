package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;

public interface AuthenticateUseCase {

    /**
     * The actor behind a presented bearer credential (login token or API key), with the permissions its
     * user holds right now.
     *
     * @param use what the credential is presented for: a user who must change their password signs in for
     *            {@link CredentialUse#PASSWORD_CHANGE} only, and with a login token only (their API keys serve
     *            nothing until then)
     * @throws io.aegis.application.port.UnauthenticatedException when the credential is unknown, expired,
     *                                                           revoked, or its user is inactive
     * @throws PasswordChangeRequiredException                     when the user must change their password first
     */
    Actor authenticate(String presentedCredential, RequestOrigin origin, CredentialUse use);
}
