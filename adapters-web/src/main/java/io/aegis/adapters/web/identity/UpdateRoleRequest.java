package io.aegis.adapters.web.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;
import java.util.List;

/** The body of {@code PATCH /roles/{id}}; {@code "permissions": []} grants nothing, null is refused. */
public record UpdateRoleRequest(@NotClearable Patch<String> name, Patch<String> description,
                                @NotClearable Patch<List<String>> permissions,
                                @NotClearable @JsonProperty("is_active") Patch<Boolean> active) {
}
