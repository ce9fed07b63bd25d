package io.aegis.application.identity.port.in;

import java.util.Optional;

/** Makes a fresh installation reachable: with no user at all, creates {@code admin} with the Admin role. */
public interface ProvisionFirstAdminUseCase {

    /**
     * @param password the administrator's password (from {@code AEGIS_ADMIN_PASSWORD}); empty to generate one
     */
    FirstAdminView provision(Optional<String> password);
}
