package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;

/** The body of {@code PATCH /asset-categories/{id}}: the fields sent change, null clears. */
public record UpdateAssetCategoryRequest(@NotClearable Patch<String> name, Patch<String> description,
                                         Patch<String> color,
                                         @NotClearable @JsonProperty("is_active") Patch<Boolean> active) {
}
