package io.aegis.adapters.web.organisation;

import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;

/** The body of {@code PATCH /org-units/{id}}: the fields sent change, null clears the description. */
public record UpdateOrgUnitRequest(@NotClearable Patch<String> name, Patch<String> description,
                                   @NotClearable Patch<Long> parentId) {
}
