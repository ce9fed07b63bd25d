package io.aegis.application.identity.port.in;

import java.util.Optional;

/**
 * What the first start did about the first administrator.
 *
 * @param created           whether the database had no user and an {@code admin} was created
 * @param generatedPassword the password Aegis chose, to be shown once; empty when one was given
 */
public record FirstAdminView(boolean created, Optional<String> generatedPassword) {

    @Override
    public String toString() {
        return "FirstAdminView[created=" + created + ", generatedPassword="
                + (generatedPassword.isPresent() ? "[redacted]" : "none") + "]";
    }
}
