package io.aegis.adapters.web.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.organisation.port.in.OrgUnitView;
import java.time.Instant;
import java.util.List;

public record OrgUnitResponse(long id, String name, Long parentId, String description,
                              @JsonProperty("is_active") boolean active, Instant createdAt, Instant updatedAt,
                              List<Long> path) {

    static OrgUnitResponse of(OrgUnitView view) {
        return new OrgUnitResponse(view.id(), view.name(), view.parentId(), view.description(), view.active(),
                view.createdAt(), view.updatedAt(), view.path());
    }
}
