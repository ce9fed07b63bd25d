package io.aegis.application.framework.port.in;

import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.MappingTerms;
import java.util.Objects;

public record CreateControlMappingCommand(ControlId source, ControlId target, MappingTerms terms) {

    public CreateControlMappingCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(terms, "terms");
    }
}
