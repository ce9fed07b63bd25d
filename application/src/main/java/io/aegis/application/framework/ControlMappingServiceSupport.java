package io.aegis.application.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import io.aegis.application.framework.port.out.ControlMappingReadModel;
import io.aegis.application.framework.port.out.ControlMappingRepository;
import io.aegis.application.port.ConflictException;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;

/** What the control-mapping services share: the resource's name, loading with its 404, the one-pair rule. */
final class ControlMappingServiceSupport {

    static final String RESOURCE = "control_mapping";

    private ControlMappingServiceSupport() {
    }

    static ControlMapping load(ControlMappingRepository mappings, ControlMappingId id) {
        return mappings.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The stored mapping's view with its controls' names, as the write routes answer it. */
    static ControlMappingView read(ControlMappingReadModel readModel, ControlMappingId id) {
        return readModel.find(id).orElseThrow(() -> notFound(id));
    }

    /** A pair is mapped once, whichever direction it was recorded in: the other direction is its inverse. */
    static void requireUnmapped(ControlMappingRepository mappings, ControlId source, ControlId target) {
        mappings.findPair(source, target).ifPresent(existing -> {
            throw new ConflictException("duplicate_mapping", "controls " + source + " and " + target
                    + " are already mapped (mapping " + existing.id().orElseThrow() + ")");
        });
    }

    static NotFoundException notFound(ControlMappingId id) {
        return new NotFoundException("control mapping", id);
    }
}
