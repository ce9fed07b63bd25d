package io.aegis.application.framework.port.in;

import io.aegis.domain.framework.FrameworkId;
import java.io.InputStream;
import java.util.Objects;

/** @param file an OSCAL profile selecting controls of {@code framework}'s catalog; the caller closes it */
public record ImportBaselineCommand(FrameworkId framework, InputStream file) {

    public ImportBaselineCommand {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(file, "file");
    }
}
