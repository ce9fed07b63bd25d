package io.aegis.adapters.web.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.framework.port.in.ControlView;
import java.time.Instant;
import java.util.List;

/** A control or group: every seed column, its parent's control id, where a withdrawn one moved, its place. */
public record ControlResponse(long id, long frameworkId, String controlId, Long parentId, String parentControlId,
                              String title, String description, String controlType, String implementationGuidance,
                              String assessmentProcedures, @JsonProperty("is_group") boolean group,
                              @JsonProperty("is_active") boolean active, List<String> movedTo, int position,
                              Instant createdAt, Instant updatedAt) {

    static ControlResponse of(ControlView view) {
        return new ControlResponse(view.id(), view.frameworkId(), view.controlId(), view.parentId(),
                view.parentControlId(), view.title(), view.description(), view.controlType(),
                view.implementationGuidance(), view.assessmentProcedures(), view.group(), view.active(),
                view.movedTo(), view.position(), view.createdAt(), view.updatedAt());
    }
}
