package io.aegis.application.identity.port.in;

import io.aegis.application.port.Patch;
import java.util.Objects;

/** The check commands make on patches of properties that can be changed but never cleared. */
final class RequiredPatches {

    private RequiredPatches() {
    }

    static void requireNotCleared(String property, Patch<?> patch) {
        Objects.requireNonNull(patch, property);
        if (patch.present() && patch.value() == null) {
            throw new IllegalArgumentException(property + " can be changed but not cleared");
        }
    }
}
