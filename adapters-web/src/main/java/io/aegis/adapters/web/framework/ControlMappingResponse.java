package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.ControlMappingView;
import java.time.Instant;

public record ControlMappingResponse(long id, long sourceControlId, long targetControlId, String mappingType,
                                     String mappingRationale, String confidenceLevel, Integer strength, Long createdBy,
                                     Instant createdAt, Instant updatedAt, MappedControlResponse source,
                                     MappedControlResponse target) {

    static ControlMappingResponse of(ControlMappingView v) {
        return new ControlMappingResponse(v.id(), v.sourceControlId(), v.targetControlId(), v.mappingType(),
                v.mappingRationale(), v.confidenceLevel(), v.strength(), v.createdBy(), v.createdAt(), v.updatedAt(),
                MappedControlResponse.of(v.source()), MappedControlResponse.of(v.target()));
    }
}
