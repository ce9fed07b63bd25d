package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.identity.port.in.RoleView;
import java.time.Instant;
import java.util.List;

public record RoleResponse(long id, String name, String description, List<String> permissions,
                           @JsonProperty("is_active") boolean active, @JsonProperty("is_built_in") boolean builtIn,
                           Instant createdAt, Instant updatedAt) {

    static RoleResponse of(RoleView view) {
        return new RoleResponse(view.id(), view.name(), view.description(), view.permissions(), view.active(),
                view.builtIn(), view.createdAt(), view.updatedAt());
    }
}
