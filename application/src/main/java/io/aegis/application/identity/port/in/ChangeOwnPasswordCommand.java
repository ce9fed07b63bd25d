package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.PlainPassword;
import java.util.Objects;

/** Both passwords print as redacted, so the command is safe in logs. */
public record ChangeOwnPasswordCommand(PlainPassword current, PlainPassword replacement) {

    public ChangeOwnPasswordCommand {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(replacement, "replacement");
    }
}
