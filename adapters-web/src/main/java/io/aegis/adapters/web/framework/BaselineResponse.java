package io.aegis.adapters.web.framework;

import io.aegis.application.framework.port.in.BaselineView;
import java.time.Instant;

public record BaselineResponse(long id, long frameworkId, String name, String version, long controlCount,
                               Instant createdAt, Instant updatedAt) {

    static BaselineResponse of(BaselineView view) {
        return new BaselineResponse(view.id(), view.frameworkId(), view.name(), view.version(), view.controlCount(),
                view.createdAt(), view.updatedAt());
    }
}
