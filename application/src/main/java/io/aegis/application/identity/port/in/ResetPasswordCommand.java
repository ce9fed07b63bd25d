package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.UserId;
import java.util.Objects;
import java.util.Optional;

/** @param newPassword the password the administrator chose; empty for one Aegis generates and shows once */
public record ResetPasswordCommand(UserId user, Optional<PlainPassword> newPassword) {

    public ResetPasswordCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(newPassword, "newPassword");
    }
}
