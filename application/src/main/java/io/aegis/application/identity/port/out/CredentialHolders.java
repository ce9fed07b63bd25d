package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A presented credential read together with its user and the grants of the user's active roles, as they are now:
 * what every authenticated request needs, in one round trip. Whether they let the request in (expiry, revocation,
 * an inactive user, a password to change, a key's scope) is the application's to decide.
 */
public interface CredentialHolders {

    Optional<Held<AuthToken>> ofToken(SecretHash hash);

    Optional<Held<ApiKey>> ofApiKey(SecretHash hash);

    /** @param grants one per assignment of an active role, as {@link RoleRepository#grantsOf} reads them */
    record Held<C>(C credential, User user, List<RoleGrant> grants) {

        public Held {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(user, "user");
            grants = List.copyOf(grants);
        }
    }
}
