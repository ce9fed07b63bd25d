package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;

/** The body of {@code PATCH /asset-relationships/{id}}: the ends and type of a relationship never change. */
public record UpdateAssetRelationshipRequest(
        Patch<String> description,
        @NotClearable @JsonProperty("is_critical_dependency") Patch<Boolean> criticalDependency) {
}
